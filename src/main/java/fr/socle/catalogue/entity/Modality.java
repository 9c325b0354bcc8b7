package fr.socle.catalogue.entity;

/** How a module is delivered. */
public enum Modality {
    PRESENTIEL, DISTANCIEL_SYNCHRONE, DISTANCIEL_ASYNCHRONE, MIXTE
}

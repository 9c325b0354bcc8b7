package fr.socle.catalogue.boundary;

/** How a module is delivered. */
public enum Modality {
    PRESENTIEL, DISTANCIEL_SYNCHRONE, DISTANCIEL_ASYNCHRONE, MIXTE
}

package fr.socle.catalogue.entity;

/** Who a programme is for. */
public enum Audience {
    AGENT, ELU, MEDIATEUR, AUTRE
}

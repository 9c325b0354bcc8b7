package fr.socle.catalogue.boundary;

/** Who a programme is for. */
public enum Audience {
    AGENT, ELU, MEDIATEUR, AUTRE
}

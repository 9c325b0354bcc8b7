package fr.socle.agrement.boundary;

/** A ministerial decision on the agrément to train élus: the first one (2 years) or a renewal (4 years). */
public enum AgrementKind {
    INITIAL(2),
    RENOUVELLEMENT(4);

    /** How long the agrément it grants lasts (CGCT R. 1221-12 and following). */
    public final int years;

    AgrementKind(int years) {
        this.years = years;
    }
}

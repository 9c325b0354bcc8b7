package fr.socle.catalogue.boundary;

/** The parts of a programme: the common core, specialisations a learner picks, options, the work placement. */
public enum ComponentKind {
    TRONC_COMMUN, SPECIALISATION, OPTION, STAGE
}

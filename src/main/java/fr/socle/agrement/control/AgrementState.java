package fr.socle.agrement.control;

/** Where an organisation stands with its agrément to train élus on a given day. */
public enum AgrementState {
    /** No agrément recorded. */
    AUCUN,
    /** Valid, and the renewal deadline is further than the first warning. */
    VALIDE,
    /** Valid, within the warning period before the deadline to file the renewal request. */
    A_RENOUVELER,
    /** Still valid, but the deadline to file the renewal request has passed. */
    DEPASSE,
    /** No longer valid. */
    EXPIRE
}

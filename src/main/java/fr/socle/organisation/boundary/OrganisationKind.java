package fr.socle.organisation.boundary;

/** The kinds of organisation that train, employ or certify people in French digital mediation. */
public enum OrganisationKind {
    COMMUNE,
    EPCI,
    DEPARTEMENT,
    REGION,
    SYNDICAT_MIXTE,
    CENTRE_DE_GESTION,
    CCAS,
    ETAT,
    CNFPT,
    ASSOCIATION,
    ENTREPRISE,
    ORGANISME_DE_FORMATION
}

package fr.socle.learning.boundary;

/** Who pays for a training: the élus' DIFE, the employer, the CNFPT, the CPF, an OPCO, the person... */
public enum Funding {
    DIFE, COLLECTIVITE, CNFPT, CPF, OPCO, PERSONNEL, AUTRE
}

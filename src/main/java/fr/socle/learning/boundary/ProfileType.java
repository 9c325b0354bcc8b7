package fr.socle.learning.boundary;

/** Who the learner is, for the reports that count trainees by type (BPF, Qualiopi). */
public enum ProfileType {
    AGENT_TERRITORIAL, ELU, CONSEILLER_NUMERIQUE, SALARIE_PRIVE, DEMANDEUR_EMPLOI, PARTICULIER, BENEVOLE
}

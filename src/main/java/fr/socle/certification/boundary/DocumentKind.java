package fr.socle.certification.boundary;

import fr.socle.learning.boundary.Achievement;

/**
 * The documents a training body issues (see the documents table of the domain brief). Each has its
 * template in {@code certificates/}, its verification-code prefix and the fields the law requires.
 */
public enum DocumentKind {
    /** Certificat of a cursus or a spécialisation: competences or blocks validated, hours, level. */
    CERTIFICAT("CRT", "certificat", Achievement.PROGRAMME_COMPLETED),
    /** Attestation de fin de formation (Code du travail L6353-1): objectives, nature, duration, assessment results. */
    ATTESTATION_FIN_FORMATION("AFF", "attestation-fin-formation", Achievement.TRAINING_STARTED),
    /** Certificat de réalisation (Ministry of Labour model): trainee, employer, action, nature, dates, hours, provider. */
    CERTIFICAT_REALISATION("CRE", "certificat-realisation", Achievement.TRAINING_STARTED),
    /** Attestation d'assiduité of an élu: hours attended, dates, agreed provider (for the DIFE). */
    ATTESTATION_ASSIDUITE("ASD", "attestation-assiduite", Achievement.ELU_TRAINING_STARTED);

    private final String prefix;
    private final String template;
    private final Achievement achievement;

    DocumentKind(String prefix, String template, Achievement achievement) {
        this.prefix = prefix;
        this.template = template;
        this.achievement = achievement;
    }

    /** What the enrolment must have achieved for this document. */
    public Achievement achievement() {
        return achievement;
    }

    /** The verification code's prefix. */
    public String prefix() {
        return prefix;
    }

    /** The template's name: {@code certificates/<template>.html}. */
    public String template() {
        return template;
    }
}

package fr.socle.certification.boundary;

/**
 * The documents a training body issues (see the documents table of the domain brief). Each has its
 * template in {@code certificates/}, its verification-code prefix and the fields the law requires.
 */
public enum DocumentKind {
    /** Certificat of a cursus or a spécialisation: competences or blocks validated, hours, level. */
    CERTIFICAT("CRT", "certificat"),
    /** Attestation de fin de formation (Code du travail L6353-1): objectives, nature, duration, assessment results. */
    ATTESTATION_FIN_FORMATION("AFF", "attestation-fin-formation"),
    /** Certificat de réalisation (Ministry of Labour model): trainee, employer, action, nature, dates, hours, provider. */
    CERTIFICAT_REALISATION("CRE", "certificat-realisation"),
    /** Attestation d'assiduité of an élu: hours attended, dates, agreed provider (for the DIFE). */
    ATTESTATION_ASSIDUITE("ASD", "attestation-assiduite");

    private final String prefix;
    private final String template;

    DocumentKind(String prefix, String template) {
        this.prefix = prefix;
        this.template = template;
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

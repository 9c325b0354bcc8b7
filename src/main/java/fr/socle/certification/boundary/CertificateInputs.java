package fr.socle.certification.boundary;

import fr.socle.platform.ValidDay;
import fr.socle.certification.entity.Certificate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the certificates API takes. Classes, not records: see OrganisationInput. */
public final class CertificateInputs {

    private CertificateInputs() {
    }

    /** Issue a document of a kind for an enrolment. */
    public static class Issue {
        @NotNull(message = "{socle.certificate.kindRequired}")
        public DocumentKind kind;

        @NotBlank(message = "{socle.certificate.enrolmentRequired}")
        public String enrolmentId;

        /** Last day of validity, if the document expires (after today). */
        @ValidDay
        public java.time.LocalDate expiresOn;
    }

    /** Revoke a document: why. */
    public static class Revocation {
        @NotBlank(message = "{socle.certificate.reasonRequired}")
        @Size(max = Certificate.REASON_MAX, message = "{socle.certificate.reasonRequired}")
        public String reason;
    }

    /**
     * Reissue a document: why. The holder's name is the account's (vouched for by its organisations);
     * {@code holderName}, if sent, must be that name (a different one is refused, not silently ignored).
     */
    public static class Reissue {
        @NotBlank(message = "{socle.certificate.reasonRequired}")
        @Size(max = Certificate.REASON_MAX, message = "{socle.certificate.reasonRequired}")
        public String reason;

        @Size(max = 200, message = "{socle.certificate.holderNameTooLong}")
        public String holderName;
    }
}

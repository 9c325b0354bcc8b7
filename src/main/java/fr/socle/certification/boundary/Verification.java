package fr.socle.certification.boundary;

import fr.socle.certification.entity.Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may learn of a document from its code: enough to detect a doctored PDF (holder,
 * title, hours, level, dates, status, issuer) and no more personal data than that.
 *
 * @param supersededBy the code of the reissue that replaced it, if any
 * @param supersedes   the code of the document it replaced, if any
 */
public record Verification(String code, Certificate.Status status, DocumentKind kind, String holderName, String title,
                           List<String> specialisations, int minutes, Integer level, Instant issuedAt, LocalDate expiresOn,
                           Instant revokedAt, String revocationReason, String supersededBy, String supersedes, String issuerId,
                           String issuerName) {

    public String specialisationsText() {
        return String.join(", ", specialisations);
    }

    public boolean valid() {
        return status == Certificate.Status.VALID;
    }
}

package fr.socle.certification.boundary;

import fr.socle.certification.control.Credentials;
import fr.socle.certification.entity.Certificate;
import fr.socle.platform.Formats;
import java.time.Instant;
import java.time.LocalDate;

/** An issued document as the API shows it to those who may see it in full. */
public record CertificateOutput(String code, DocumentKind kind, Certificate.Status status, String enrolmentId, int generation,
                                String holderId, String holderName, String title, String programme, int minutes, Integer level,
                                Instant issuedAt, String issuedBy, LocalDate expiresOn, Instant revokedAt, String revokedBy,
                                String revocationReason, boolean superseded, String reissueReason, String organisationId, String issuerId,
                                String pdfSha256, String verifyUrl) {

    public static CertificateOutput of(Certificate c, String baseUrl) {
        return new CertificateOutput(c.getCode(), c.getKind(), c.status(LocalDate.now(Formats.PARIS)), c.getEnrolmentId(), c.getGeneration(),
                c.getHolderId(), c.getHolderName(), c.getTitle(), c.getProgrammeCode(), c.getMinutes(), c.getLevel(), c.getIssuedAt(),
                c.getIssuedBy(), c.getExpiresOn(), c.getRevokedAt(), c.getRevokedBy(), c.getRevocationReason(), c.getSupersededById() != null,
                c.getReissueReason(), c.getOrganisationId(), c.getIssuerId(), c.getPdfSha256(), Credentials.verifyUrl(baseUrl, c.getCode()));
    }
}

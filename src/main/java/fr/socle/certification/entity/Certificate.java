package fr.socle.certification.entity;

import fr.socle.certification.boundary.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued document (certificat, attestation): what it states (its facts, as JSON, never changed),
 * its sealed PDF's hash, its signed credential, and what happened to it since: revocation (reason,
 * date, who) and supersession by a reissue. Nothing is deleted; a correction is a new document.
 * One achievement (a kind of document for an enrolment) has one document per generation: the first
 * issuance is generation 1, each reissue the next.
 */
@Entity
@Table(name = "certificate")
@NamedQueries({
    @NamedQuery(name = Certificate.BY_CODE, query = "SELECT c FROM Certificate c WHERE c.code = :code"),
    @NamedQuery(name = Certificate.OF_ACHIEVEMENT, query = "SELECT c FROM Certificate c WHERE c.kind = :kind AND c.enrolmentId = :enrolment "
            + "ORDER BY c.generation DESC"),
    @NamedQuery(name = Certificate.OF_HOLDER, query = "SELECT c FROM Certificate c WHERE c.holderId = :holder ORDER BY c.issuedAt DESC"),
    @NamedQuery(name = Certificate.IN_ORGANISATIONS, query = "SELECT c FROM Certificate c WHERE (c.organisationId IN :ids OR c.issuerId IN :ids) "
            + "AND (:q IS NULL OR LOWER(c.holderName) LIKE :q OR LOWER(c.title) LIKE :q OR LOWER(c.code) LIKE :q) ORDER BY c.issuedAt DESC"),
    @NamedQuery(name = Certificate.ALL, query = "SELECT c FROM Certificate c WHERE (:q IS NULL OR LOWER(c.holderName) LIKE :q "
            + "OR LOWER(c.title) LIKE :q OR LOWER(c.code) LIKE :q) ORDER BY c.issuedAt DESC"),
    @NamedQuery(name = Certificate.REVOKED_INDEXES, query = "SELECT c.statusIndex FROM Certificate c WHERE c.statusListId = :list "
            + "AND c.revokedAt IS NOT NULL"),
    @NamedQuery(name = Certificate.INDEX_USED, query = "SELECT COUNT(c) FROM Certificate c WHERE c.statusListId = :list AND c.statusIndex = :index"),
    @NamedQuery(name = Certificate.COUNT_IN_LIST, query = "SELECT COUNT(c) FROM Certificate c WHERE c.statusListId = :list"),
    @NamedQuery(name = Certificate.UNCERTIFIED, query = "SELECT e.id FROM Enrolment e WHERE e.status = fr.socle.learning.boundary.EnrolmentStatus.TERMINE "
            + "AND e.moduleCode IS NULL AND NOT EXISTS (SELECT c FROM Certificate c WHERE c.enrolmentId = e.id "
            + "AND c.kind = fr.socle.certification.boundary.DocumentKind.CERTIFICAT)"),
    @NamedQuery(name = Certificate.BY_ID, query = "SELECT c FROM Certificate c WHERE c.id = :id"),
    @NamedQuery(name = Certificate.ISSUER_IDS, query = "SELECT DISTINCT s.issuer.id FROM StatusList s"),
    @NamedQuery(name = Certificate.CODE_USED, query = "SELECT COUNT(c) FROM Certificate c WHERE c.code = :code")
})
public class Certificate {

    public static final String BY_CODE = "Certificate.byCode";
    public static final String OF_ACHIEVEMENT = "Certificate.ofAchievement";
    public static final String OF_HOLDER = "Certificate.ofHolder";
    public static final String IN_ORGANISATIONS = "Certificate.inOrganisations";
    public static final String ALL = "Certificate.all";
    public static final String REVOKED_INDEXES = "Certificate.revokedIndexes";
    public static final String INDEX_USED = "Certificate.indexUsed";
    public static final String COUNT_IN_LIST = "Certificate.countInList";
    public static final String CODE_USED = "Certificate.codeUsed";
    public static final String UNCERTIFIED = "Certificate.uncertified";
    public static final String BY_ID = "Certificate.byId";
    public static final String ISSUER_IDS = "Certificate.issuerIds";
    public static final int REASON_MAX = 1000;

    /** Where a document stands on a given day. */
    public enum Status { VALID, REVOKED, EXPIRED, SUPERSEDED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 16)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DocumentKind kind;

    @Column(name = "enrolment_id", nullable = false, length = 36)
    private String enrolmentId;

    @Column(nullable = false)
    private int generation;

    @Column(name = "holder_id", nullable = false, length = 36)
    private String holderId;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    /** The tenant: the enrolment's organisation. */
    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "issuer_id", nullable = false, length = 36)
    private String issuerId;

    @Column(name = "programme_code", nullable = false, length = 40)
    private String programmeCode;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private int minutes;

    private Integer level;

    /** Everything the document states, as JSON ({@code DocumentFacts}). Not lazy (see Activity.body). */
    @Lob
    @Column(nullable = false)
    private String facts;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 254)
    private String issuedBy;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 254)
    private String revokedBy;

    @Column(name = "revocation_reason", length = REASON_MAX)
    private String revocationReason;

    @Column(name = "supersedes_id", length = 36)
    private String supersedesId;

    @Column(name = "superseded_by_id", length = 36)
    private String supersededById;

    @Column(name = "reissue_reason", length = REASON_MAX)
    private String reissueReason;

    @Column(name = "status_list_id", nullable = false, length = 36)
    private String statusListId;

    @Column(name = "status_index", nullable = false)
    private int statusIndex;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    /** The signed Open Badges 3.0 credential, as a VC-JWT. */
    @Lob
    @Column(nullable = false)
    private String credential;

    @Version
    private long optlock;

    protected Certificate() {
    }

    /** The document's identity and what it states, before its PDF and credential are made. */
    public Certificate(String id, String code, DocumentKind kind, String enrolmentId, int generation, String holderId, String holderName,
                       String organisationId, String issuerId, String programmeCode, String title, int minutes, Integer level,
                       Instant issuedAt, String issuedBy, LocalDate expiresOn, String statusListId, int statusIndex) {
        if (generation < 1 || minutes < 0) {
            throw new IllegalArgumentException("generation and minutes");
        }
        this.id = id == null ? UUID.randomUUID().toString() : id;
        this.code = code;
        this.kind = kind;
        this.enrolmentId = enrolmentId;
        this.generation = generation;
        this.holderId = holderId;
        this.holderName = holderName;
        this.organisationId = organisationId;
        this.issuerId = issuerId;
        this.programmeCode = programmeCode;
        this.title = title;
        this.minutes = minutes;
        this.level = level;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.expiresOn = expiresOn;
        this.statusListId = statusListId;
        this.statusIndex = statusIndex;
    }

    /** Sets what is made from the facts, once. */
    public void seal(String factsJson, String pdfSha256, String credential) {
        if (this.facts != null) {
            throw new IllegalStateException("a document's content never changes");
        }
        this.facts = factsJson;
        this.pdfSha256 = pdfSha256;
        this.credential = credential;
    }

    /** Where the document stands on a day: a revocation or a supersession wins over expiry. */
    public Status status(LocalDate today) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        if (supersededById != null) {
            return Status.SUPERSEDED;
        }
        if (expiresOn != null && today.isAfter(expiresOn)) {
            return Status.EXPIRED;
        }
        return Status.VALID;
    }

    public void revoke(Instant at, String by, String reason) {
        if (revokedAt != null) {
            throw new IllegalStateException("already revoked");
        }
        requireReason(reason);
        this.revokedAt = at;
        this.revokedBy = by;
        this.revocationReason = reason.strip();
    }

    /** This document is replaced by {@code next} (a reissue); it stays verifiable, as superseded. */
    public void supersededBy(Certificate next, String reason) {
        if (supersededById != null) {
            throw new IllegalStateException("already superseded");
        }
        if (revokedAt != null) {
            throw new IllegalStateException("a revoked document is not reissued");
        }
        requireReason(reason);
        if (!next.kind.equals(kind) || !next.enrolmentId.equals(enrolmentId) || next.generation != generation + 1) {
            throw new IllegalArgumentException("a reissue is the next generation of the same achievement");
        }
        this.supersededById = next.id;
        next.supersedesId = id;
        next.reissueReason = reason.strip();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("a reason of 1 to " + REASON_MAX + " characters is required");
        }
    }

    public String getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getEnrolmentId() {
        return enrolmentId;
    }

    public int getGeneration() {
        return generation;
    }

    public String getHolderId() {
        return holderId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getIssuerId() {
        return issuerId;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public Integer getLevel() {
        return level;
    }

    public String getFacts() {
        return facts;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getSupersedesId() {
        return supersedesId;
    }

    public String getSupersededById() {
        return supersededById;
    }

    public String getReissueReason() {
        return reissueReason;
    }

    public String getStatusListId() {
        return statusListId;
    }

    public int getStatusIndex() {
        return statusIndex;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public String getCredential() {
        return credential;
    }
}

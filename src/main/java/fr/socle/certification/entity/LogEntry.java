package fr.socle.certification.entity;

import fr.socle.certification.control.HashChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the certification log: append-only, chained to the previous entry by its hash. */
@Entity
@Table(name = "certification_log")
@NamedQueries({
    @NamedQuery(name = LogEntry.FROM, query = "SELECT l FROM LogEntry l WHERE l.seq > :after ORDER BY l.seq"),
    @NamedQuery(name = LogEntry.OF_CERTIFICATE, query = "SELECT l FROM LogEntry l WHERE l.certificateId = :certificate ORDER BY l.seq")
})
public class LogEntry {

    public static final String FROM = "LogEntry.from";
    public static final String OF_CERTIFICATE = "LogEntry.ofCertificate";

    /** What happened to a document. */
    public enum Action { ISSUED, REVOKED, REISSUED }

    @Id
    private long seq;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 16)
    private String action;

    @Column(name = "certificate_id", nullable = false, length = 36)
    private String certificateId;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(length = 2000)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected LogEntry() {
    }

    /** The entry after the head's; the caller moves the head on. */
    public LogEntry(LogHead head, Instant at, Action action, Certificate certificate, String actor, String detail) {
        this.seq = head.getSeq() + 1;
        // to the second: what every database keeps (EclipseLink takes MariaDB for MySQL 5.5, without fractions),
        // so that the hash computed here is the hash of what is read back
        this.at = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.action = action.name();
        this.certificateId = certificate.getId();
        this.code = certificate.getCode();
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.prevHash = head.getHash();
        this.hash = HashChain.hash(seq, this.at, this.action, certificateId, code, actor, this.detail, prevHash);
    }

    public HashChain.Link link() {
        return new HashChain.Link(seq, at, action, certificateId, code, actor, detail, prevHash, hash);
    }

    public long getSeq() {
        return seq;
    }

    public Instant getAt() {
        return at;
    }

    public String getAction() {
        return action;
    }

    public String getCode() {
        return code;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }

    public String getHash() {
        return hash;
    }
}

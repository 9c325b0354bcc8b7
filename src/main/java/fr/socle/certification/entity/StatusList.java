package fr.socle.certification.entity;

import fr.socle.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A W3C Bitstring Status List of an issuer, for revocation. Its bits are not stored: bit i is set when
 * the document holding index i in this list is revoked, so the list always agrees with the records.
 */
@Entity
@Table(name = "status_list")
@NamedQueries({
    @NamedQuery(name = StatusList.OF_ISSUER, query = "SELECT s FROM StatusList s WHERE s.issuer.id = :issuer AND s.purpose = :purpose "
            + "ORDER BY s.createdAt DESC")
})
public class StatusList {

    public static final String OF_ISSUER = "StatusList.ofIssuer";
    public static final String REVOCATION = "revocation";

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "issuer_id", nullable = false)
    private Organisation issuer;

    @Column(nullable = false, length = 16)
    private String purpose;

    @Column(nullable = false)
    private int size;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long optlock;

    protected StatusList() {
    }

    public StatusList(Organisation issuer, int size, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.issuer = issuer;
        this.purpose = REVOCATION;
        this.size = size;
        this.createdAt = now;
    }

    public String getId() {
        return id;
    }

    public Organisation getIssuer() {
        return issuer;
    }

    public String getPurpose() {
        return purpose;
    }

    public int getSize() {
        return size;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

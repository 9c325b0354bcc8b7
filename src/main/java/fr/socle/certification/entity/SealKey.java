package fr.socle.certification.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A key Socle generated itself: the local certification authority ({@code local-ca}) or an
 * organisation's seal (id = the organisation's id), as a PKCS#12 protected by
 * {@code socle.seal.password}. Written once; a renewed seal replaces the row in one guarded update
 * (see {@link #RENEW}), {@code created_at} serving as its version.
 */
@Entity
@Table(name = "seal_key")
@NamedQuery(name = SealKey.RENEW,
        query = "UPDATE SealKey k SET k.pkcs12 = :pkcs12, k.createdAt = :now WHERE k.id = :id AND k.createdAt = :was")
@NamedQuery(name = SealKey.IDS, query = "SELECT k.id FROM SealKey k ORDER BY k.id")
public class SealKey {

    /** The ids of every row. */
    public static final String IDS = "SealKey.ids";

    /** Replaces a row's key only if nobody replaced it since it was read (its created_at is unchanged). */
    public static final String RENEW = "SealKey.renew";

    @Id
    @Column(length = 40)
    private String id;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private byte[] pkcs12;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SealKey() {
    }

    public SealKey(String id, byte[] pkcs12, Instant createdAt) {
        if (id == null || id.isBlank() || id.length() > 40) {
            throw new IllegalArgumentException("a seal key's id is 1 to 40 characters");
        }
        if (pkcs12 == null || pkcs12.length == 0) {
            throw new IllegalArgumentException("a seal key needs its PKCS#12");
        }
        this.id = id;
        this.pkcs12 = pkcs12.clone();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String getId() {
        return id;
    }

    public byte[] getPkcs12() {
        return pkcs12.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package fr.socle.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bearer token for the REST API. Only its SHA-256 is stored. */
@Entity
@Table(name = "api_token")
@NamedQueries({
    @NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash"),
    @NamedQuery(name = ApiToken.OF_ACCOUNT, query = "SELECT t FROM ApiToken t WHERE t.account.id = :account ORDER BY t.createdAt DESC"),
    @NamedQuery(name = ApiToken.REVOKE_ALL, query = "UPDATE ApiToken t SET t.revokedAt = :now WHERE t.account.id = :account AND t.revokedAt IS NULL")
})
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";
    public static final String REVOKE_ALL = "ApiToken.revokeAll";

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(Account account, String tokenHash, String label, Instant now, Instant expiresAt) {
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("expiresAt");
        }
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && account.isActive();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public String getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}

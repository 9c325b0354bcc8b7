package fr.socle.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The password a demo instance generated for its seal keys (one row, {@link #DEMO}), when demo mode runs without
 * {@code SOCLE_SEAL_PASSWORD}. Written once, never changed; never used outside demo mode.
 */
@Entity
@Table(name = "seal_password")
public class GeneratedSealPassword {

    public static final String DEMO = "demo";

    @Id
    @Column(length = 20)
    private String id;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GeneratedSealPassword() {
    }

    public GeneratedSealPassword(String id, String secret, Instant createdAt) {
        if (secret == null || secret.length() < 20 || secret.length() > 100) {
            throw new IllegalArgumentException("a generated seal password is 20 to 100 characters");
        }
        this.id = Objects.requireNonNull(id, "id");
        this.secret = secret;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String getSecret() {
        return secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

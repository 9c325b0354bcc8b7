package fr.socle.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Base64;

/**
 * The key of the short-lived codes on the trainers' QR codes, when none is configured: random, made
 * once, and read from the database by every instance so that a code shown by one is accepted by all.
 */
@Entity
@Table(name = "attendance_key")
public class AttendanceKey {

    /** The one row's id. */
    public static final String QR = "qr";

    @Id
    @Column(length = 16)
    private String id;

    /** 32 random bytes, base64. */
    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AttendanceKey() {
    }

    public AttendanceKey(byte[] secret, Instant now) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("a key of 16 bytes at least");
        }
        this.id = QR;
        this.secret = Base64.getEncoder().encodeToString(secret);
        this.createdAt = now;
    }

    public byte[] bytes() {
        return Base64.getDecoder().decode(secret);
    }
}

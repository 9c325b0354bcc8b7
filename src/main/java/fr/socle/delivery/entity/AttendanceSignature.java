package fr.socle.delivery.entity;

import fr.socle.learning.entity.Enrolment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner's signature of a half-day: when, from which address and browser, how (a click, a drawn
 * signature kept as a PNG data URL, a remote connection, or the trainer's attestation that the
 * learner was there, with the trainer's id). Never changed.
 */
@Entity
@Table(name = "attendance_signature")
public class AttendanceSignature {

    public enum Method { CLICK, DRAWN, REMOTE, ATTESTED }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "half_day_id", nullable = false)
    private HalfDay halfDay;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(nullable = false, length = 64)
    private String ip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Method method;

    @Column(name = "user_agent", length = 300)
    private String userAgent;

    @jakarta.persistence.Lob
    private String drawing;

    /** The trainer (account id) who attested the learner's presence, for {@link Method#ATTESTED}. */
    @Column(name = "attested_by", length = 36)
    private String attestedBy;

    protected AttendanceSignature() {
    }

    AttendanceSignature(HalfDay halfDay, Enrolment enrolment, Method method, String ip, String userAgent, String drawing, String attestedBy,
                        Instant now) {
        this.id = UUID.randomUUID().toString();
        this.halfDay = halfDay;
        this.enrolment = enrolment;
        this.method = method == null ? Method.CLICK : method;
        this.ip = ip == null ? "" : ip.length() > 64 ? ip.substring(0, 64) : ip;
        this.userAgent = userAgent == null ? null : userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent;
        this.drawing = drawing;
        this.attestedBy = attestedBy;
        this.signedAt = now;
    }

    @PreUpdate
    @PreRemove
    void never() {
        throw new IllegalStateException("A signature never changes");
    }

    public String getId() { return id; }
    public Enrolment getEnrolment() { return enrolment; }
    public Instant getSignedAt() { return signedAt; }
    public String getIp() { return ip; }
    public Method getMethod() { return method; }
    public String getUserAgent() { return userAgent; }
    public String getDrawing() { return drawing; }
    public String getAttestedBy() { return attestedBy; }
    public HalfDay getHalfDay() { return halfDay; }
}

package fr.socle.delivery.entity;

import fr.socle.platform.Formats;
import fr.socle.learning.entity.Enrolment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A half-day of a session: the learners sign (time and IP kept), the trainer counter-signs, and the
 * sheet is sealed: no signature is added or changed afterwards, only explicit correction records.
 */
@Entity
@Table(name = "half_day")
public class HalfDay {

    public enum Period { MATIN, APRES_MIDI }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private TrainingSession session;

    @Column(name = "slot_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Period period;

    @Column(name = "start_minute", nullable = false)
    private int startMinute;

    @Column(name = "end_minute", nullable = false)
    private int endMinute;

    @Column(name = "module_code", nullable = false, length = 40)
    private String moduleCode;

    /** A remote half-day: learners attend online; connection and activity evidence instead of a signature in the room. */
    @Column(nullable = false)
    private boolean remote;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    @Column(name = "sealed_by", length = 36)
    private String sealedBy;

    @Column(name = "sealed_ip", length = 64)
    private String sealedIp;

    /** The trainer's drawn counter-signature (a PNG data URL), when drawn. */
    @jakarta.persistence.Lob
    @Column(name = "sealed_drawing")
    private String sealedDrawing;

    @Version
    private long optlock;

    @OneToMany(mappedBy = "halfDay", cascade = CascadeType.PERSIST)
    private List<AttendanceSignature> signatures = new ArrayList<>();

    @OneToMany(mappedBy = "halfDay")
    private List<AttendanceCorrection> corrections = new ArrayList<>();

    @Transient
    private boolean sealedWhenLoaded;

    protected HalfDay() {
    }

    HalfDay(TrainingSession session, LocalDate date, Period period, int startMinute, int endMinute, String moduleCode, boolean remote) {
        if (date == null || period == null || startMinute < 0 || endMinute > 24 * 60 || endMinute <= startMinute) {
            throw new IllegalArgumentException("times");
        }
        this.id = UUID.randomUUID().toString();
        this.session = session;
        this.date = date;
        this.period = period;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
        this.moduleCode = moduleCode;
        this.remote = remote;
    }

    @PostLoad
    void loaded() {
        sealedWhenLoaded = sealedAt != null;
    }

    @PreUpdate
    void sealedStaysSealed() {
        if (sealedWhenLoaded) {
            throw new IllegalStateException("A sealed attendance sheet never changes");
        }
    }

    public int minutes() {
        return endMinute - startMinute;
    }

    public boolean isSealed() {
        return sealedAt != null;
    }

    /** A minute of this half-day's date as a moment, in French time (minute 540 is 09:00 there, summer or winter). */
    public Instant at(int minute) {
        return date.atStartOfDay().plusMinutes(minute).atZone(Formats.PARIS).toInstant();
    }

    /** When learners may start signing in the room: the margin before the half-day starts. */
    public Instant signingOpens(Duration margin) {
        return at(startMinute).minus(margin);
    }

    /** When signing in the room closes: the margin after the half-day ends. */
    public Instant signingCloses(Duration margin) {
        return at(endMinute).plus(margin);
    }

    /** Whether a learner may sign in the room at this moment: during the half-day's own slot, with the margin either side. */
    public boolean signingOpenAt(Instant now, Duration margin) {
        return !now.isBefore(signingOpens(margin)) && !now.isAfter(signingCloses(margin));
    }

    /** Whether this learner has signed (or been attested present). */
    public boolean hasSigned(Enrolment enrolment) {
        return signatures.stream().anyMatch(s -> s.getEnrolment().getId().equals(enrolment.getId()));
    }

    /**
     * A learner of the session signs, once, before the sheet is sealed: in the room by a click or a
     * drawn signature, on a remote half-day by connecting (its address and browser are the evidence).
     */
    public AttendanceSignature sign(Enrolment enrolment, String ip, String userAgent, String drawing, Instant now) {
        if (isSealed()) {
            throw new IllegalStateException("sealed");
        }
        if (!session.has(enrolment)) {
            throw new IllegalArgumentException("not a learner of this session");
        }
        if (hasSigned(enrolment)) {
            throw new IllegalStateException("already signed");
        }
        AttendanceSignature.Method method = remote ? AttendanceSignature.Method.REMOTE
                : drawing != null ? AttendanceSignature.Method.DRAWN : AttendanceSignature.Method.CLICK;
        AttendanceSignature s = new AttendanceSignature(this, enrolment, method, ip, userAgent, remote ? null : drawing, null, now);
        signatures.add(s);
        return s;
    }

    /**
     * The trainer attests that a learner of the session is present (one without a phone, say), once,
     * before the sheet is sealed: the sheet says it was the trainer, who and when, not the learner.
     */
    public AttendanceSignature attest(Enrolment enrolment, String trainerId, String ip, String userAgent, Instant now) {
        if (isSealed()) {
            throw new IllegalStateException("sealed");
        }
        if (!session.has(enrolment)) {
            throw new IllegalArgumentException("not a learner of this session");
        }
        if (trainerId == null || trainerId.isBlank()) {
            throw new IllegalArgumentException("who attests");
        }
        if (hasSigned(enrolment)) {
            throw new IllegalStateException("already signed");
        }
        AttendanceSignature s = new AttendanceSignature(this, enrolment, AttendanceSignature.Method.ATTESTED, ip, userAgent, null, trainerId, now);
        signatures.add(s);
        return s;
    }

    /** The trainer counter-signs: the sheet is sealed. */
    public void seal(String trainerId, String ip, String drawing, Instant now) {
        if (isSealed()) {
            throw new IllegalStateException("sealed");
        }
        sealedAt = now;
        sealedBy = trainerId;
        sealedIp = ip;
        sealedDrawing = drawing;
    }

    /**
     * After sealing, the only change: a correction record (minutes added or removed, with its reason),
     * a row of its own for the caller to store; the sealed sheet itself is not touched.
     */
    public AttendanceCorrection correct(Enrolment enrolment, int minutes, String reason, String by, Instant now) {
        if (!isSealed()) {
            throw new IllegalStateException("not sealed");
        }
        return new AttendanceCorrection(this, enrolment, minutes, reason, by, now);
    }

    public String getId() { return id; }
    public TrainingSession getSession() { return session; }
    public LocalDate getDate() { return date; }
    public Period getPeriod() { return period; }
    public int getStartMinute() { return startMinute; }
    public int getEndMinute() { return endMinute; }
    public String getModuleCode() { return moduleCode; }
    public boolean isRemote() { return remote; }
    public Instant getSealedAt() { return sealedAt; }
    public String getSealedDrawing() { return sealedDrawing; }
    public String getSealedBy() { return sealedBy; }
    public List<AttendanceSignature> getSignatures() { return List.copyOf(signatures); }
    public List<AttendanceCorrection> getCorrections() { return List.copyOf(corrections); }
}

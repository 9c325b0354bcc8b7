package fr.socle.delivery.entity;

import fr.socle.learning.entity.Enrolment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An explicit correction of a sealed sheet: minutes added or removed for a learner, with the reason and who made it. */
@Entity
@Table(name = "attendance_correction")
public class AttendanceCorrection {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "half_day_id", nullable = false)
    private HalfDay halfDay;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "corrected_by", nullable = false, length = 36)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    protected AttendanceCorrection() {
    }

    AttendanceCorrection(HalfDay halfDay, Enrolment enrolment, int minutes, String reason, String by, Instant now) {
        if (minutes == 0 || reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new IllegalArgumentException("correction");
        }
        this.id = UUID.randomUUID().toString();
        this.halfDay = halfDay;
        this.enrolment = enrolment;
        this.minutes = minutes;
        this.reason = reason.strip();
        this.correctedBy = by;
        this.correctedAt = now;
    }

    @PreUpdate
    @PreRemove
    void never() {
        throw new IllegalStateException("A correction never changes");
    }

    public String getId() { return id; }
    public Enrolment getEnrolment() { return enrolment; }
    public int getMinutes() { return minutes; }
    public String getReason() { return reason; }
    public String getCorrectedBy() { return correctedBy; }
    public Instant getCorrectedAt() { return correctedAt; }
}

package fr.socle.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the hours ledger: minutes of attendance or of tracked activity, for one learner, one
 * module, one organisation. Entries are never changed or deleted: a correction is a new entry with
 * negative minutes. Every hour a document states is a sum of these entries.
 */
@Entity
@Table(name = "hours_entry")
@NamedQueries({
    @NamedQuery(name = HoursEntry.OF_ENROLMENT, query = "SELECT h FROM HoursEntry h WHERE h.enrolmentId = :enrolment ORDER BY h.occurredAt"),
    @NamedQuery(name = HoursEntry.IN_ORGANISATIONS, query = "SELECT h FROM HoursEntry h WHERE h.organisationId IN :ids")
})
public class HoursEntry {

    public static final String OF_ENROLMENT = "HoursEntry.ofEnrolment";
    public static final String IN_ORGANISATIONS = "HoursEntry.inOrganisations";

    public enum Source { ACTIVITY, ATTENDANCE, CORRECTION }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "enrolment_id", nullable = false, length = 36)
    private String enrolmentId;

    @Column(name = "learner_id", nullable = false, length = 36)
    private String learnerId;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "programme_code", nullable = false, length = 40)
    private String programmeCode;

    @Column(name = "module_code", nullable = false, length = 40)
    private String moduleCode;

    @Column(name = "activity_id", length = 36)
    private String activityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HoursEntry() {
    }

    public HoursEntry(String enrolmentId, String learnerId, String organisationId, String programmeCode, String moduleCode,
                      String activityId, Source source, int minutes, Instant occurredAt, Instant recordedAt) {
        if (minutes == 0 || (minutes < 0 && source != Source.CORRECTION)) {
            throw new IllegalArgumentException("minutes");
        }
        this.id = UUID.randomUUID().toString();
        this.enrolmentId = enrolmentId;
        this.learnerId = learnerId;
        this.organisationId = organisationId;
        this.programmeCode = programmeCode;
        this.moduleCode = moduleCode;
        this.activityId = activityId;
        this.source = source;
        this.minutes = minutes;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
    }

    /** An entry for an enrolment: its learner, organisation and programme come from it. */
    public static HoursEntry of(Enrolment e, String moduleCode, String activityId, Source source, int minutes,
                                Instant occurredAt, Instant recordedAt) {
        return new HoursEntry(e.getId(), e.getLearner().getId(), e.getOrganisation().getId(), e.getVersion().getProgramme().getCode(),
                moduleCode, activityId, source, minutes, occurredAt, recordedAt);
    }

    @PreUpdate
    @PreRemove
    void appendOnly() {
        throw new IllegalStateException("The hours ledger is append-only");
    }

    public String getId() { return id; }
    public String getEnrolmentId() { return enrolmentId; }
    public String getLearnerId() { return learnerId; }
    public String getOrganisationId() { return organisationId; }
    public String getProgrammeCode() { return programmeCode; }
    public String getModuleCode() { return moduleCode; }
    public String getActivityId() { return activityId; }
    public Source getSource() { return source; }
    public int getMinutes() { return minutes; }
    public Instant getOccurredAt() { return occurredAt; }
    public Instant getRecordedAt() { return recordedAt; }
}

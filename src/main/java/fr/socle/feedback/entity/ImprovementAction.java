package fr.socle.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An improvement action (Qualiopi indicator 32): from a complaint, a survey, an audit or anything else. */
@Entity
@Table(name = "improvement_action")
@NamedQueries({
    @NamedQuery(name = ImprovementAction.IN_ORGANISATIONS, query = "SELECT a FROM ImprovementAction a WHERE a.organisationId IN :ids "
            + "ORDER BY a.createdAt DESC")
})
public class ImprovementAction {

    public static final String IN_ORGANISATIONS = "ImprovementAction.inOrganisations";

    public enum Origin { RECLAMATION, QUESTIONNAIRE, AUDIT, AUTRE }

    public enum Status { PREVUE, EN_COURS, REALISEE }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Origin origin;

    @Column(name = "complaint_id", length = 36)
    private String complaintId;

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    private String description;

    @Column(length = 200)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 36)
    private String createdBy;

    @Version
    private long optlock;

    protected ImprovementAction() {
    }

    /** A new action, PREVUE; one from a complaint names it (the facade checks it is of the same organisation). */
    public ImprovementAction(String organisationId, Origin origin, String complaintId, String createdBy, Instant now) {
        if (organisationId == null || origin == null || createdBy == null || (complaintId != null && origin != Origin.RECLAMATION)) {
            throw new IllegalArgumentException("action");
        }
        this.id = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.origin = origin;
        this.complaintId = complaintId;
        this.status = Status.PREVUE;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void describe(String title, String description, String owner, LocalDate dueOn) {
        if (title == null || title.isBlank() || title.strip().length() > Complaint.SHORT_MAX
                || (owner != null && owner.strip().length() > Complaint.SHORT_MAX)
                || (description != null && description.strip().length() > Complaint.TEXT_MAX)) {
            throw new IllegalArgumentException("action");
        }
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.owner = owner == null || owner.isBlank() ? null : owner.strip();
        this.dueOn = dueOn;
    }

    /** Its progress: REALISEE is done today unless a day (not after today) is given; other statuses have no day done. */
    public void progress(Status status, LocalDate doneOn, LocalDate today) {
        if (status == null || (doneOn != null && doneOn.isAfter(today))) {
            throw new IllegalArgumentException("status");
        }
        this.status = status;
        this.doneOn = status == Status.REALISEE ? (doneOn == null ? today : doneOn) : null;
    }

    public String getId() { return id; }
    public String getOrganisationId() { return organisationId; }
    public Origin getOrigin() { return origin; }
    public String getComplaintId() { return complaintId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
    public Status getStatus() { return status; }
    public LocalDate getDoneOn() { return doneOn; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public long getOptlock() { return optlock; }
}

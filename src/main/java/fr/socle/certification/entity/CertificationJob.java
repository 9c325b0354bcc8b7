package fr.socle.certification.entity;

import fr.socle.certification.boundary.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A bulk issuance for a session, run in the background: one document of a kind for each learner of
 * the session. Its counters are the progress bar; a job left RUNNING by a crash is resumed at start,
 * and since issuance is idempotent the resumed run issues only what is missing.
 */
@Entity
@Table(name = "certification_job")
@NamedQueries({
    @NamedQuery(name = CertificationJob.UNFINISHED, query = "SELECT j FROM CertificationJob j WHERE j.status IN "
            + "(fr.socle.certification.entity.CertificationJob.Status.QUEUED, fr.socle.certification.entity.CertificationJob.Status.RUNNING)"),
    @NamedQuery(name = CertificationJob.OF_SESSION, query = "SELECT j FROM CertificationJob j WHERE j.sessionId = :session ORDER BY j.createdAt DESC")
})
public class CertificationJob {

    public static final String UNFINISHED = "CertificationJob.unfinished";
    public static final String OF_SESSION = "CertificationJob.ofSession";

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "session_id", nullable = false, length = 36)
    private String sessionId;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DocumentKind kind;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int skipped;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 2000)
    private String error;

    @Version
    private long optlock;

    protected CertificationJob() {
    }

    public CertificationJob(String sessionId, String organisationId, DocumentKind kind, int total, String requestedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.sessionId = sessionId;
        this.organisationId = organisationId;
        this.kind = kind;
        this.total = total;
        this.requestedBy = requestedBy;
        this.status = Status.QUEUED;
        this.createdAt = now;
    }

    /** (Re)starts: the counters start again, since a resumed run goes over every learner. */
    public void start() {
        status = Status.RUNNING;
        done = 0;
        skipped = 0;
    }

    /** One learner handled: a document issued (or found issued before), or skipped (not earned, a field missing). */
    public void progress(int issued, int notIssued, String lastProblem) {
        done += issued;
        skipped += notIssued;
        if (lastProblem != null) {
            error = lastProblem.length() > 2000 ? lastProblem.substring(0, 2000) : lastProblem;
        }
    }

    public void finish(Instant now, String failure) {
        status = failure == null ? Status.DONE : Status.FAILED;
        if (failure != null) {
            error = failure.length() > 2000 ? failure.substring(0, 2000) : failure;
        }
        finishedAt = now;
    }

    /** Share handled, in percent. */
    public int percent() {
        return total == 0 ? 100 : Math.min(100, 100 * (done + skipped) / total);
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    public String getId() { return id; }
    public String getSessionId() { return sessionId; }
    public String getOrganisationId() { return organisationId; }
    public DocumentKind getKind() { return kind; }
    public String getRequestedBy() { return requestedBy; }
    public Status getStatus() { return status; }
    public int getTotal() { return total; }
    public int getDone() { return done; }
    public int getSkipped() { return skipped; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getError() { return error; }
}

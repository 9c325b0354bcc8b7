package fr.socle.platform.job;

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
 * One piece of background work of any kind (a bulk issuance, an export...): what was asked (its kind,
 * its organisation, what it is about, who asked, its parameters as JSON text), its status and progress
 * counters, and its lease: the instance that runs it ({@code claimed_by}) and until when
 * ({@code lease_until}), renewed while it runs. A job is claimed only when no instance holds a live
 * lease on it ({@link #claimableAt}), so two instances never run the same job, and a job whose lease
 * ran out (its instance stopped or crashed) is taken up again. What a job produces stays in its
 * feature's own tables, keyed by the job's id.
 */
@Entity
@Table(name = "background_job")
@NamedQueries({
    @NamedQuery(name = BackgroundJob.CLAIM, query = "UPDATE BackgroundJob j SET j.claimedBy = :me, j.leaseUntil = :until, "
            + "j.status = :running, j.startedAt = :now WHERE j.id = :id AND j.status IN :unfinished "
            + "AND (j.claimedBy IS NULL OR j.leaseUntil IS NULL OR j.leaseUntil < :now)"),
    @NamedQuery(name = BackgroundJob.RENEW, query = "UPDATE BackgroundJob j SET j.leaseUntil = :until "
            + "WHERE j.id IN :ids AND j.claimedBy = :me AND j.status IN :unfinished"),
    @NamedQuery(name = BackgroundJob.RELEASE_ALL_OF, query = "UPDATE BackgroundJob j SET j.claimedBy = NULL, j.leaseUntil = NULL "
            + "WHERE j.claimedBy = :me AND j.status IN :unfinished"),
    @NamedQuery(name = BackgroundJob.CLAIMABLE, query = "SELECT j FROM BackgroundJob j WHERE j.status IN :unfinished "
            + "AND (j.claimedBy IS NULL OR j.leaseUntil IS NULL OR j.leaseUntil < :now) ORDER BY j.createdAt"),
    @NamedQuery(name = BackgroundJob.OF_SUBJECT, query = "SELECT j FROM BackgroundJob j WHERE j.kind = :kind AND j.subjectId = :subject "
            + "ORDER BY j.createdAt DESC"),
    @NamedQuery(name = BackgroundJob.OF_ORGANISATIONS, query = "SELECT j FROM BackgroundJob j WHERE j.kind = :kind "
            + "AND j.organisationId IN :organisations ORDER BY j.createdAt DESC")
})
public class BackgroundJob {

    public static final String CLAIM = "BackgroundJob.claim";
    public static final String RENEW = "BackgroundJob.renew";
    public static final String RELEASE_ALL_OF = "BackgroundJob.releaseAllOf";
    public static final String CLAIMABLE = "BackgroundJob.claimable";
    public static final String OF_SUBJECT = "BackgroundJob.ofSubject";
    public static final String OF_ORGANISATIONS = "BackgroundJob.ofOrganisations";
    public static final int MESSAGE_MAX = 2000;
    public static final int PARAMETERS_MAX = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "subject_id", length = 36)
    private String subjectId;

    @Column(nullable = false, length = 254)
    private String owner;

    @Column(nullable = false, length = PARAMETERS_MAX)
    private String parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JobStatus status;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int skipped;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = MESSAGE_MAX)
    private String error;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Version
    private long optlock;

    protected BackgroundJob() {
    }

    public BackgroundJob(String kind, String organisationId, String subjectId, String owner, String parameters, int total, Instant now) {
        if (kind == null || organisationId == null || owner == null || parameters == null) {
            throw new IllegalArgumentException("a job needs a kind, an organisation, who asked and its parameters");
        }
        if (parameters.length() > PARAMETERS_MAX) {
            throw new IllegalArgumentException("parameters too long");
        }
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.organisationId = organisationId;
        this.subjectId = subjectId;
        this.owner = owner;
        this.parameters = parameters;
        this.total = Math.max(0, total);
        this.status = JobStatus.QUEUED;
        this.createdAt = now;
    }

    /**
     * The claim rule, the same as {@link #CLAIM}'s: unfinished, and no instance holds a live lease on it
     * (never claimed, released, or its lease ran out).
     */
    public boolean claimableAt(Instant now) {
        return !isFinished() && (claimedBy == null || leaseUntil == null || leaseUntil.isBefore(now));
    }

    /** Claims it for an instance until a time, if {@link #claimableAt} now: it is then RUNNING. */
    public boolean claim(String instance, Instant now, Instant until) {
        if (!claimableAt(now)) {
            return false;
        }
        claimedBy = instance;
        leaseUntil = until;
        status = JobStatus.RUNNING;
        startedAt = now;
        return true;
    }

    /**
     * Whether an instance holds it: it claimed it and no other took it since (a lease run out that no
     * other instance claimed is still its own).
     */
    public boolean heldBy(String instance) {
        return !isFinished() && instance.equals(claimedBy);
    }

    /** Renews the lease of the instance that holds it. */
    public boolean renew(String instance, Instant until) {
        if (isFinished() || !instance.equals(claimedBy)) {
            return false;
        }
        leaseUntil = until;
        return true;
    }

    /** Releases the lease an instance holds (at its start: from before it stopped); the job is claimable at once. */
    public boolean release(String instance) {
        if (isFinished() || !instance.equals(claimedBy)) {
            return false;
        }
        claimedBy = null;
        leaseUntil = null;
        return true;
    }

    /** After its handler: ends it, if the instance still holds it and the handler did not end it. */
    public boolean endIfHeldBy(String instance, String failure, Instant now) {
        if (!heldBy(instance)) {
            return false;
        }
        finish(failure, now);
        return true;
    }

    /** (Re)starts its counters: a resumed run goes over its work again (skipping what is already there). */
    public void restart(int newTotal) {
        total = Math.max(0, newTotal);
        done = 0;
        skipped = 0;
        error = null;
    }

    public void total(int steps) {
        total = Math.max(0, steps);
        done = Math.min(done, total);
    }

    /** One step done, not beyond the total when there is one. */
    public void step() {
        done = total == 0 ? done + 1 : Math.min(total, done + 1);
    }

    /** Steps handled: done, or skipped (with the last problem met, shown with the job). */
    public void progress(int doneSteps, int skippedSteps, String lastProblem) {
        done += doneSteps;
        skipped += skippedSteps;
        if (lastProblem != null) {
            error = cut(lastProblem);
        }
    }

    /** Every step done (a job whose result is stored whole). */
    public void allDone() {
        done = total;
    }

    /** DONE (failure null) or FAILED with its message; its lease ends. */
    public void finish(String failure, Instant now) {
        status = failure == null ? JobStatus.DONE : JobStatus.FAILED;
        if (failure != null) {
            error = cut(failure);
        }
        finishedAt = now;
        leaseUntil = null;
    }

    private static String cut(String message) {
        return message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX) : message;
    }

    public boolean isFinished() {
        return status == JobStatus.DONE || status == JobStatus.FAILED;
    }

    /** What the features read: a snapshot. */
    public JobState state() {
        return new JobState(id, kind, organisationId, subjectId, owner, parameters, status, total, done, skipped, createdAt, startedAt,
                finishedAt, error);
    }

    public String getId() { return id; }
    public String getKind() { return kind; }
    public JobStatus getStatus() { return status; }
    public String getClaimedBy() { return claimedBy; }
    public Instant getLeaseUntil() { return leaseUntil; }
}

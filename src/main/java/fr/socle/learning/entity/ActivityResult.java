package fr.socle.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Where a learner stands on one activity: done or not, best score, attempts. */
@Entity
@Table(name = "activity_result")
@NamedQueries({
    @NamedQuery(name = ActivityResult.OF_ENROLMENT, query = "SELECT r FROM ActivityResult r WHERE r.enrolment.id = :enrolment"),
    @NamedQuery(name = ActivityResult.IN_ORGANISATIONS, query = "SELECT r FROM ActivityResult r WHERE r.enrolment.organisation.id IN :ids"),
    @NamedQuery(name = ActivityResult.ONE, query = "SELECT r FROM ActivityResult r WHERE r.enrolment.id = :enrolment AND r.activityId = :activity")
})
public class ActivityResult {

    public static final String OF_ENROLMENT = "ActivityResult.ofEnrolment";
    public static final String ONE = "ActivityResult.one";
    public static final String IN_ORGANISATIONS = "ActivityResult.inOrganisations";

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @Column(name = "activity_id", nullable = false, length = 36)
    private String activityId;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "best_score")
    private Integer bestScore;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_at", nullable = false)
    private Instant lastAt;

    @Version
    private long optlock;

    protected ActivityResult() {
    }

    public ActivityResult(Enrolment enrolment, String activityId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.enrolment = enrolment;
        this.activityId = activityId;
        this.lastAt = now;
    }

    /** Marks it done, once: returns true only the first time. */
    public boolean complete(Instant now) {
        lastAt = now;
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        return true;
    }

    /** Counts a graded attempt and keeps the best score. */
    public int attempt(int score, Instant now) {
        attempts++;
        bestScore = bestScore == null ? score : Math.max(bestScore, score);
        lastAt = now;
        return attempts;
    }

    /** Attempts a quiz's limit still allows (0 when none); null when there is no limit, or once passed (the learner may go on practising). */
    public Integer attemptsLeft(Integer limit) {
        return isCompleted() || limit == null || limit <= 0 ? null : Math.max(0, limit - attempts);
    }

    /**
     * Whether a quiz is over for the learner: passed, or every allowed attempt used. Only then does
     * the learner read the questions' explanations, which often give the right answer away.
     */
    public boolean isSettled(Integer limit) {
        Integer left = attemptsLeft(limit);
        return isCompleted() || (left != null && left == 0);
    }

    public boolean isCompleted() { return completedAt != null; }
    public String getId() { return id; }
    public Enrolment getEnrolment() { return enrolment; }
    public String getActivityId() { return activityId; }
    public Instant getCompletedAt() { return completedAt; }
    public Integer getBestScore() { return bestScore; }
    public int getAttempts() { return attempts; }
    public Instant getLastAt() { return lastAt; }
}

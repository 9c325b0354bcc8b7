package fr.socle.learning.entity;

import fr.socle.identity.entity.Account;
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

/**
 * A file a learner hands in for an assignment, and its grading. A resubmission is a new submission
 * with the next number; the file itself ({@link SubmissionFilePart}) is never changed. Only the latest
 * submission of an assignment is graded, once: a pass completes the activity, a fail lets the
 * learner hand in again.
 */
@Entity
@Table(name = "assignment_submission")
@NamedQueries({
    @NamedQuery(name = Submission.OF_ACTIVITY, query = "SELECT s FROM Submission s WHERE s.enrolment.id = :enrolment "
            + "AND s.activityId = :activity ORDER BY s.number DESC"),
    @NamedQuery(name = Submission.LATEST, query = "SELECT MAX(s.number) FROM Submission s WHERE s.enrolment.id = :enrolment "
            + "AND s.activityId = :activity")
})
public class Submission {

    public static final String OF_ACTIVITY = "Submission.ofActivity";
    public static final String LATEST = "Submission.latest";

    public static final int MAX_LEARNER_COMMENT = 2000;
    public static final int MAX_TRAINER_COMMENT = 4000;

    /** Where a submission stands. */
    public enum Status { PENDING, SUPERSEDED, PASSED, FAILED }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "activity_id", nullable = false, length = 36)
    private String activityId;

    @Column(nullable = false)
    private int number;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "file_size", nullable = false)
    private int size;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "learner_comment", length = MAX_LEARNER_COMMENT)
    private String learnerComment;

    private Integer score;

    private Boolean passed;

    @Column(name = "trainer_comment", length = MAX_TRAINER_COMMENT)
    private String trainerComment;

    @ManyToOne
    @JoinColumn(name = "graded_by")
    private Account gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Version
    private long optlock;

    protected Submission() {
    }

    public Submission(Enrolment enrolment, String activityId, int number, String fileName, String contentType, int size,
                      String learnerComment, Instant now) {
        if (number < 1 || size < 1 || fileName == null || fileName.isBlank() || contentType == null) {
            throw new IllegalArgumentException("submission");
        }
        if (learnerComment != null && learnerComment.length() > MAX_LEARNER_COMMENT) {
            throw new IllegalArgumentException("learnerComment");
        }
        this.id = UUID.randomUUID().toString();
        this.enrolment = enrolment;
        this.organisationId = enrolment.getOrganisation().getId();
        this.activityId = activityId;
        this.number = number;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.learnerComment = learnerComment == null || learnerComment.isBlank() ? null : learnerComment.strip();
        this.submittedAt = now;
    }

    /**
     * Grades it, once: a score from 0 to 100 at or above the pass mark passes.
     *
     * @throws IllegalStateException    when it is already graded
     * @throws IllegalArgumentException for a score outside 0-100 or a comment too long
     */
    public boolean grade(int score, int passMark, String comment, Account grader, Instant now) {
        if (isGraded()) {
            throw new IllegalStateException("graded");
        }
        if (score < 0 || score > 100 || (comment != null && comment.length() > MAX_TRAINER_COMMENT)) {
            throw new IllegalArgumentException("score");
        }
        this.score = score;
        this.passed = score >= passMark;
        this.trainerComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.gradedBy = grader;
        this.gradedAt = now;
        return passed;
    }

    /** Its status, knowing the number of the latest submission for the same assignment. */
    public Status status(int latest) {
        if (isGraded()) {
            return passed ? Status.PASSED : Status.FAILED;
        }
        return number < latest ? Status.SUPERSEDED : Status.PENDING;
    }

    public boolean isGraded() { return gradedAt != null; }
    public String getId() { return id; }
    public Enrolment getEnrolment() { return enrolment; }
    public String getOrganisationId() { return organisationId; }
    public String getActivityId() { return activityId; }
    public int getNumber() { return number; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSize() { return size; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getLearnerComment() { return learnerComment; }
    public Integer getScore() { return score; }
    public Boolean getPassed() { return passed; }
    public String getTrainerComment() { return trainerComment; }
    public Account getGradedBy() { return gradedBy; }
    public Instant getGradedAt() { return gradedAt; }
}

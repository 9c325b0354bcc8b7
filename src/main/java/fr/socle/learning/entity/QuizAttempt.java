package fr.socle.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One submitted quiz attempt: its answers and its grade. Never changed once written. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @Column(name = "activity_id", nullable = false, length = 36)
    private String activityId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private boolean passed;

    @Lob
    @Column(nullable = false)
    private String answers;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected QuizAttempt() {
    }

    public QuizAttempt(Enrolment enrolment, String activityId, int number, int score, boolean passed, String answers, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.enrolment = enrolment;
        this.activityId = activityId;
        this.number = number;
        this.score = score;
        this.passed = passed;
        this.answers = answers;
        this.submittedAt = now;
    }

    public String getId() { return id; }
    public int getNumber() { return number; }
    public int getScore() { return score; }
    public boolean isPassed() { return passed; }
    public Instant getSubmittedAt() { return submittedAt; }
}

package fr.socle.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A question of a survey: a LIKERT one is answered 1 to 5, a TEXT one in free text. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    public static final int LABEL_MAX = 500;

    public enum Kind { LIKERT, TEXT }

    /** A question as written, before it belongs to a survey. */
    public record Draft(Kind kind, String label) {
        public Draft {
            label = label == null ? null : label.strip();
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    private Survey survey;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(nullable = false, length = 500)
    private String label;

    protected SurveyQuestion() {
    }

    SurveyQuestion(Survey survey, int position, Kind kind, String label) {
        if (kind == null || label == null || label.isBlank() || label.strip().length() > LABEL_MAX) {
            throw new IllegalArgumentException("question");
        }
        this.id = UUID.randomUUID().toString();
        this.survey = survey;
        this.position = position;
        this.kind = kind;
        this.label = label.strip();
    }

    public String getId() { return id; }
    public Survey getSurvey() { return survey; }
    public int getPosition() { return position; }
    public Kind getKind() { return kind; }
    public String getLabel() { return label; }
    public boolean isLikert() { return kind == Kind.LIKERT; }
}

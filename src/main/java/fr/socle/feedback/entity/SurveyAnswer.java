package fr.socle.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of a response: a score 1 to 5 for a LIKERT question, a text for a TEXT one. */
@Embeddable
public class SurveyAnswer {

    public static final int TEXT_MAX = 2000;

    @Column(name = "question_id", nullable = false, length = 36)
    private String questionId;

    @Column(name = "score")
    private Integer score;

    @Column(name = "answer_text", length = 2000)
    private String text;

    protected SurveyAnswer() {
    }

    SurveyAnswer(String questionId, Integer score, String text) {
        this.questionId = questionId;
        this.score = score;
        this.text = text;
    }

    public String getQuestionId() { return questionId; }
    public Integer getScore() { return score; }
    public String getText() { return text; }
}

package fr.socle.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One proposed answer of a choice question, with its feedback. */
@Entity
@Table(name = "choice")
@EntityListeners(VersionPart.Guard.class)
public class Choice implements VersionPart {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false)
    private boolean correct;

    @Column(length = 1000)
    private String feedback;

    protected Choice() {
    }

    Choice(Question question, int position, String text, boolean correct, String feedback) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("choice");
        }
        this.id = UUID.randomUUID().toString();
        this.question = question;
        this.position = position;
        this.text = text.strip();
        this.correct = correct;
        this.feedback = feedback;
    }

    @Override
    public ProgrammeVersion owningVersion() {
        return question.owningVersion();
    }

    public String getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    public String getFeedback() {
        return feedback;
    }
}

package fr.socle.catalogue.entity;

import fr.socle.catalogue.boundary.QuestionKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A quiz question from the bank: single or multiple choice, true/false, or short answer. */
@Entity
@Table(name = "question")
@EntityListeners(VersionPart.Guard.class)
public class Question implements VersionPart {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private Activity activity;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionKind kind;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(length = 2000)
    private String feedback;

    private Boolean answer;

    @Convert(converter = LinesConverter.class)
    @Column(length = 4000)
    private List<String> accepted;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Choice> choices = new ArrayList<>();

    protected Question() {
    }

    Question(Activity activity, int position, QuestionKind kind, String text, String feedback, Boolean answer, List<String> accepted) {
        this.id = UUID.randomUUID().toString();
        this.activity = activity;
        this.position = position;
        change(kind, text, feedback, answer, accepted);
    }

    @Override
    public ProgrammeVersion owningVersion() {
        return activity.owningVersion();
    }

    public final void change(QuestionKind kind, String text, String feedback, Boolean answer, List<String> accepted) {
        owningVersion().requireDraft();
        if (kind == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("question");
        }
        this.kind = kind;
        this.text = text.strip();
        this.feedback = feedback;
        this.answer = kind == QuestionKind.TRUE_FALSE ? answer : null;
        this.accepted = kind == QuestionKind.SHORT_ANSWER && accepted != null ? List.copyOf(accepted) : List.of();
        if (kind == QuestionKind.TRUE_FALSE || kind == QuestionKind.SHORT_ANSWER) {
            choices.clear();
        }
    }

    public Choice addChoice(String text, boolean correct, String feedback) {
        owningVersion().requireDraft();
        Choice c = new Choice(this, choices.size(), text, correct, feedback);
        choices.add(c);
        return c;
    }

    public void clearChoices() {
        owningVersion().requireDraft();
        choices.clear();
    }

    void position(int position) {
        this.position = position;
    }

    /** What makes this question unusable in a published quiz (message keys). */
    List<String> problems() {
        long correct = choices.stream().filter(Choice::isCorrect).count();
        return switch (kind) {
            case SINGLE -> choices.size() < 2 || correct != 1 ? List.of("socle.catalogue.publish.singleChoice") : List.of();
            case MULTIPLE -> choices.size() < 2 || correct < 1 ? List.of("socle.catalogue.publish.multipleChoice") : List.of();
            case TRUE_FALSE -> answer == null ? List.of("socle.catalogue.publish.trueFalse") : List.of();
            case SHORT_ANSWER -> accepted.isEmpty() ? List.of("socle.catalogue.publish.shortAnswer") : List.of();
        };
    }

    /** An answer to a question: the chosen choices (by position), the true/false answer, or the text typed. */
    public record Answer(Set<Integer> choices, Boolean trueFalse, String text) {
        public static final Answer NONE = new Answer(Set.of(), null, null);
    }

    public boolean isRight(Answer answer) {
        Answer a = answer == null ? Answer.NONE : answer;
        return isRight(a.choices() == null ? Set.of() : a.choices(), a.trueFalse(), a.text());
    }

    /** Grades one answer: the chosen choice positions, the true/false answer, or the typed text. */
    public boolean isRight(Set<Integer> chosen, Boolean trueFalse, String typed) {
        return switch (kind) {
            case SINGLE, MULTIPLE -> {
                Set<Integer> right = new java.util.HashSet<>();
                for (int i = 0; i < choices.size(); i++) {
                    if (choices.get(i).isCorrect()) {
                        right.add(i);
                    }
                }
                yield chosen != null && chosen.equals(right);
            }
            case TRUE_FALSE -> answer != null && answer.equals(trueFalse);
            case SHORT_ANSWER -> typed != null && accepted.stream().anyMatch(a -> loose(a).equals(loose(typed)));
        };
    }

    /** Short answers ignore case, accents and surrounding spaces. */
    static String loose(String s) {
        String decomposed = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
    }

    void copyInto(Activity target) {
        Question copy = target.addQuestion(kind, text, feedback, answer, accepted);
        choices.forEach(c -> copy.addChoice(c.getText(), c.isCorrect(), c.getFeedback()));
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getFeedback() {
        return feedback;
    }

    public Boolean getAnswer() {
        return answer;
    }

    public List<String> getAccepted() {
        return accepted;
    }

    public List<Choice> getChoices() {
        return List.copyOf(choices);
    }
}

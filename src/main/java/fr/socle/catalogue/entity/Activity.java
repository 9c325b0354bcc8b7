package fr.socle.catalogue.entity;

import fr.socle.catalogue.boundary.Completion;
import fr.socle.catalogue.boundary.QuestionKind;
import fr.socle.catalogue.boundary.ActivityKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a learner does in a module: a lesson, a tutorial, a quiz, an assignment, a workshop or a
 * virtual class. A lesson keeps its source (Markdown, or HTML from the editor) and the sanitised
 * HTML shown to learners.
 */
@Entity
@Table(name = "activity")
@EntityListeners(VersionPart.Guard.class)
public class Activity implements VersionPart {

    /** What authors give of an activity; the fields that do not apply to its kind are null. */
    public record Content(ActivityKind kind, String title, int minutes, Completion completion, String fileName,
                          String body, String bodyHtml, String url, String instructions, Integer passMark,
                          Integer attempts, Boolean shuffle, String quizTitle) {
        public Content {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            if (minutes < 1) {
                throw new IllegalArgumentException("minutes");
            }
            completion = completion == null ? kind.completion : completion;
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private Module module;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Completion completion;

    @Column(name = "file_name", length = 120)
    private String fileName;

    // Not lazy: with EclipseLink's fetch groups, writing an unloaded lazy field reloads the
    // entity and loses the other changes of the same transaction.
    @Lob
    private String body;

    @Lob
    @Column(name = "body_html")
    private String bodyHtml;

    @Column(length = 1000)
    private String url;

    @Column(length = 5000)
    private String instructions;

    @Column(name = "pass_mark")
    private Integer passMark;

    private Integer attempts;

    private Boolean shuffle;

    @Column(name = "quiz_title", length = 200)
    private String quizTitle;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Attachment> attachments = new ArrayList<>();

    protected Activity() {
    }

    Activity(Module module, int position, Content content) {
        this.id = UUID.randomUUID().toString();
        this.module = module;
        this.position = position;
        apply(content);
    }

    @Override
    public ProgrammeVersion owningVersion() {
        return module.owningVersion();
    }

    public final void apply(Content content) {
        owningVersion().requireDraft();
        this.kind = content.kind();
        this.title = content.title().strip();
        this.minutes = content.minutes();
        this.completion = content.completion();
        this.fileName = content.fileName();
        this.body = content.body();
        this.bodyHtml = content.bodyHtml();
        this.url = content.url();
        this.instructions = content.instructions();
        this.passMark = content.passMark();
        this.attempts = content.attempts();
        this.shuffle = content.shuffle();
        this.quizTitle = content.quizTitle();
    }

    public Content content() {
        return new Content(kind, title, minutes, completion, fileName, body, bodyHtml, url, instructions, passMark,
                attempts, shuffle, quizTitle);
    }

    public Question addQuestion(QuestionKind kind, String text, String feedback, Boolean answer, List<String> accepted) {
        owningVersion().requireDraft();
        Question q = new Question(this, questions.size(), kind, text, feedback, answer, accepted);
        questions.add(q);
        return q;
    }

    public void removeQuestion(Question question) {
        owningVersion().requireDraft();
        questions.remove(question);
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).position(i);
        }
    }

    public void moveQuestion(Question question, int newIndex) {
        owningVersion().requireDraft();
        questions.remove(question);
        questions.add(Math.max(0, Math.min(newIndex, questions.size())), question);
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).position(i);
        }
    }

    public Attachment attach(String name, String mediaType, byte[] content) {
        owningVersion().requireDraft();
        attachments.removeIf(a -> a.getName().equals(name));
        Attachment a = new Attachment(this, name, mediaType, content);
        attachments.add(a);
        return a;
    }

    void position(int position) {
        this.position = position;
    }

    List<String> publicationProblems() {
        List<String> problems = new ArrayList<>();
        switch (kind) {
            case LESSON -> {
                if (bodyHtml == null || bodyHtml.isBlank()) {
                    problems.add("socle.catalogue.publish.emptyLesson");
                }
            }
            case TUTORIAL -> {
                if (url == null || !url.startsWith("https://")) {
                    problems.add("socle.catalogue.publish.tutorialUrl");
                }
            }
            case ASSIGNMENT -> {
                if (instructions == null || instructions.isBlank()) {
                    problems.add("socle.catalogue.publish.noInstructions");
                }
            }
            case QUIZ -> {
                if (questions.isEmpty()) {
                    problems.add("socle.catalogue.publish.emptyQuiz");
                }
                questions.forEach(q -> problems.addAll(q.problems()));
            }
            default -> {
            }
        }
        return problems;
    }

    void copyInto(Module target) {
        Activity copy = target.addActivity(content());
        questions.forEach(q -> q.copyInto(copy));
        attachments.forEach(a -> copy.attach(a.getName(), a.getMediaType(), a.getContent()));
    }

    public String getId() {
        return id;
    }

    public Module getModule() {
        return module;
    }

    public int getPosition() {
        return position;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public Completion getCompletion() {
        return completion;
    }

    public String getFileName() {
        return fileName;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getUrl() {
        return url;
    }

    public String getInstructions() {
        return instructions;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public Boolean getShuffle() {
        return shuffle;
    }

    public String getQuizTitle() {
        return quizTitle;
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }
}

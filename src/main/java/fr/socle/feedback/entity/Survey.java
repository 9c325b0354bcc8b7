package fr.socle.feedback.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A satisfaction survey of an organisation (Qualiopi indicators 2 and 30): HOT at the end of a
 * training, COLD some weeks after it; for one programme or, without a programme code, for all.
 * Once answered, its questions stay as they were: the answers refer to them.
 */
@Entity
@Table(name = "survey")
@NamedQueries({
    @NamedQuery(name = Survey.OF_ORGANISATION, query = "SELECT s FROM Survey s WHERE s.organisationId = :organisation ORDER BY s.createdAt"),
    @NamedQuery(name = Survey.ACTIVE_IN, query = "SELECT s FROM Survey s WHERE s.active = TRUE AND s.organisationId IN :ids ORDER BY s.createdAt")
})
public class Survey {

    public static final String OF_ORGANISATION = "Survey.ofOrganisation";
    public static final String ACTIVE_IN = "Survey.activeIn";

    public static final int TITLE_MAX = 200;
    public static final int CODE_MAX = 40;
    /** The longest wait for a cold survey: two years. */
    public static final int DELAY_MAX = 104;

    public enum Kind { HOT, COLD }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(name = "programme_code", length = 40)
    private String programmeCode;

    @Column(nullable = false, length = 200)
    private String title;

    /** Weeks after the end of the training for a COLD survey; 0 for a HOT one. */
    @Column(name = "delay_weeks", nullable = false)
    private int delayWeeks;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 36)
    private String createdBy;

    @Version
    private long optlock;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected Survey() {
    }

    public Survey(String organisationId, Kind kind, String programmeCode, String title, int delayWeeks, String createdBy, Instant now) {
        if (organisationId == null || createdBy == null) {
            throw new IllegalArgumentException("survey");
        }
        this.id = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.active = true;
        describe(kind, programmeCode, title, delayWeeks);
    }

    /** Kind, programme, title and delay: a HOT survey waits no weeks, a COLD one 1 to {@link #DELAY_MAX}. */
    public final void describe(Kind kind, String programmeCode, String title, int delayWeeks) {
        if (kind == null || title == null || title.isBlank() || title.strip().length() > TITLE_MAX
                || (programmeCode != null && programmeCode.strip().length() > CODE_MAX)) {
            throw new IllegalArgumentException("survey");
        }
        if (kind == Kind.COLD && (delayWeeks < 1 || delayWeeks > DELAY_MAX)) {
            throw new IllegalArgumentException("delay");
        }
        this.kind = kind;
        this.programmeCode = programmeCode == null || programmeCode.isBlank() ? null : programmeCode.strip();
        this.title = title.strip();
        this.delayWeeks = kind == Kind.HOT ? 0 : delayWeeks;
    }

    /** Replaces the questions (only while nobody has answered: the facade checks). */
    public void replaceQuestions(List<SurveyQuestion.Draft> drafts) {
        if (drafts == null || drafts.isEmpty() || drafts.size() > 50) {
            throw new IllegalArgumentException("questions");
        }
        List<SurveyQuestion> built = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            built.add(new SurveyQuestion(this, i + 1, drafts.get(i).kind(), drafts.get(i).label()));
        }
        questions.clear();
        questions.addAll(built);
    }

    /** The questions as drafts, to compare with a change. */
    public List<SurveyQuestion.Draft> drafts() {
        return questions.stream().map(q -> new SurveyQuestion.Draft(q.getKind(), q.getLabel())).toList();
    }

    /** Whether the survey asks about an enrolment in this programme. */
    public boolean covers(String organisationId, String programmeCode) {
        return this.organisationId.equals(organisationId) && (this.programmeCode == null || this.programmeCode.equals(programmeCode));
    }

    public void setActive(boolean active) { this.active = active; }

    public String getId() { return id; }
    public String getOrganisationId() { return organisationId; }
    public Kind getKind() { return kind; }
    public String getProgrammeCode() { return programmeCode; }
    public String getTitle() { return title; }
    public int getDelayWeeks() { return delayWeeks; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public long getOptlock() { return optlock; }
    public List<SurveyQuestion> getQuestions() { return List.copyOf(questions); }
}

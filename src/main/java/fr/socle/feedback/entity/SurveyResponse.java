package fr.socle.feedback.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A learner's answers to a survey for one enrolment: written once, never edited. Its score is the
 * mean of its Likert answers, two decimals (null when the survey has no Likert question).
 */
@Entity
@Table(name = "survey_response")
@NamedQueries({
    @NamedQuery(name = SurveyResponse.OF_SURVEY, query = "SELECT r FROM SurveyResponse r WHERE r.survey.id = :survey ORDER BY r.submittedAt"),
    @NamedQuery(name = SurveyResponse.COUNT_OF_SURVEY, query = "SELECT COUNT(r) FROM SurveyResponse r WHERE r.survey.id = :survey"),
    @NamedQuery(name = SurveyResponse.ANSWERED, query = "SELECT r.survey.id, r.enrolmentId FROM SurveyResponse r WHERE r.enrolmentId IN :enrolments"),
    @NamedQuery(name = SurveyResponse.ROWS, query = "SELECT r, s.title, a.displayName FROM SurveyResponse r JOIN r.survey s, Account a "
            + "WHERE a.id = r.learnerId AND r.organisationId IN :ids AND r.submittedAt >= :from AND r.submittedAt < :to "
            + "AND (:programme IS NULL OR r.programmeCode = :programme) ORDER BY r.submittedAt"),
    @NamedQuery(name = SurveyResponse.ROWS_OF_ENROLMENTS, query = "SELECT r, s.title, a.displayName FROM SurveyResponse r JOIN r.survey s, Account a "
            + "WHERE a.id = r.learnerId AND r.organisationId IN :ids AND r.enrolmentId IN :enrolments ORDER BY r.submittedAt")
})
public class SurveyResponse {

    public static final String OF_SURVEY = "SurveyResponse.ofSurvey";
    public static final String COUNT_OF_SURVEY = "SurveyResponse.countOfSurvey";
    /** Pairs (survey id, enrolment id) already answered among some enrolments. */
    public static final String ANSWERED = "SurveyResponse.answered";
    /** Responses of some organisations in a period, with their survey's title and the learner's name. */
    public static final String ROWS = "SurveyResponse.rows";
    /** Responses of some enrolments (of some organisations), with their survey's title and the learner's name. */
    public static final String ROWS_OF_ENROLMENTS = "SurveyResponse.rowsOfEnrolments";

    public static final int MIN = 1;
    public static final int MAX = 5;

    /** What a learner answers to one question. */
    public record Answer(String questionId, Integer score, String text) {
    }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    private Survey survey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Survey.Kind kind;

    @Column(name = "enrolment_id", nullable = false, length = 36)
    private String enrolmentId;

    @Column(name = "learner_id", nullable = false, length = 36)
    private String learnerId;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "programme_code", nullable = false, length = 40)
    private String programmeCode;

    @Column(precision = 4, scale = 2)
    private BigDecimal score;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<SurveyAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    /**
     * The answers to every question of the survey: each LIKERT one needs a score 1 to 5, a TEXT one
     * takes an optional text of at most 2,000 characters; an unknown or repeated question is refused.
     *
     * @throws IllegalArgumentException for answers that do not fit the survey
     */
    public SurveyResponse(Survey survey, String enrolmentId, String learnerId, String organisationId, String programmeCode,
                          Collection<Answer> given, Instant now) {
        Map<String, Answer> byQuestion = new HashMap<>();
        for (Answer a : given == null ? List.<Answer>of() : given) {
            if (a == null || a.questionId() == null || byQuestion.put(a.questionId(), a) != null) {
                throw new IllegalArgumentException("answer");
            }
        }
        List<SurveyAnswer> kept = new ArrayList<>();
        for (SurveyQuestion q : survey.getQuestions()) {
            Answer a = byQuestion.remove(q.getId());
            if (q.isLikert()) {
                if (a == null || a.score() == null || a.score() < MIN || a.score() > MAX) {
                    throw new IllegalArgumentException("likert " + q.getPosition());
                }
                kept.add(new SurveyAnswer(q.getId(), a.score(), null));
            } else if (a != null && a.text() != null && !a.text().isBlank()) {
                if (a.score() != null || a.text().strip().length() > SurveyAnswer.TEXT_MAX) {
                    throw new IllegalArgumentException("text " + q.getPosition());
                }
                kept.add(new SurveyAnswer(q.getId(), null, a.text().strip()));
            }
        }
        if (!byQuestion.isEmpty()) {
            throw new IllegalArgumentException("unknown question");
        }
        this.id = UUID.randomUUID().toString();
        this.survey = survey;
        this.kind = survey.getKind();
        this.enrolmentId = Objects.requireNonNull(enrolmentId);
        this.learnerId = Objects.requireNonNull(learnerId);
        this.organisationId = Objects.requireNonNull(organisationId);
        this.programmeCode = Objects.requireNonNull(programmeCode);
        this.submittedAt = now;
        this.answers = kept;
        this.score = mean(kept.stream().map(SurveyAnswer::getScore).filter(Objects::nonNull).toList());
    }

    /** The mean of some scores, rounded half up to two decimals; null for none. */
    public static BigDecimal mean(Collection<Integer> scores) {
        if (scores == null || scores.isEmpty()) {
            return null;
        }
        long sum = scores.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    public String getId() { return id; }
    public Survey getSurvey() { return survey; }
    public Survey.Kind getKind() { return kind; }
    public String getEnrolmentId() { return enrolmentId; }
    public String getLearnerId() { return learnerId; }
    public String getOrganisationId() { return organisationId; }
    public String getProgrammeCode() { return programmeCode; }
    public BigDecimal getScore() { return score; }
    public Instant getSubmittedAt() { return submittedAt; }
    public List<SurveyAnswer> getAnswers() { return List.copyOf(answers); }
}

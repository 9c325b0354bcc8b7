package fr.socle.feedback.boundary;

import fr.socle.organisation.boundary.Organisations;
import fr.socle.delivery.boundary.Sessions;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.learning.boundary.Enrolments;
import fr.socle.learning.entity.Enrolment;
import fr.socle.feedback.control.DefaultSurveys;
import fr.socle.feedback.control.DueRules;
import fr.socle.feedback.entity.Complaint;
import fr.socle.feedback.entity.ImprovementAction;
import fr.socle.feedback.entity.Survey;
import fr.socle.feedback.entity.SurveyAnswer;
import fr.socle.feedback.entity.SurveyQuestion;
import fr.socle.feedback.entity.SurveyResponse;
import fr.socle.platform.Caller;
import fr.socle.platform.Clock;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Satisfaction surveys, the complaints and feedback log and the improvement actions (Qualiopi
 * indicators 2, 30 to 32). Trainers and administrators of an organisation run its surveys, log and
 * handle what it receives and follow its actions; its learners answer the surveys due for their
 * enrolments and may file a complaint. Anything of another organisation answers 404.
 */
@ApplicationScoped
@Transactional
public class Feedback {

    /** Ids per IN list when reading by enrolment: bounded, whatever the number of enrolments asked for. */
    private static final int IN_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Organisations organisations;

    @Inject
    Enrolments enrolments;

    @Inject
    Sessions sessions;

    /** A survey as written: its questions, or null to keep them. */
    public record SurveyDraft(Survey.Kind kind, String programmeCode, String title, int delayWeeks, boolean active,
                              List<SurveyQuestion.Draft> questions) {
    }

    /** A survey due for one of the caller's enrolments, since when. */
    public record Due(Survey survey, Enrolment enrolment, Instant since) {
    }

    /** What a Likert question got: how many answered and their mean; a text question: its texts. */
    public record QuestionResult(SurveyQuestion question, int answers, BigDecimal mean, List<String> texts) {
    }

    public record Results(Survey survey, int responses, BigDecimal mean, List<QuestionResult> questions) {
    }

    /** An entry of the log as staff record it. */
    public record ComplaintDraft(LocalDate receivedOn, Complaint.Channel channel, Complaint.Kind kind, String author, String programmeCode,
                                 String subject, String description) {
    }

    public record Handling(Complaint.Status status, String handling, LocalDate answeredOn, LocalDate closedOn) {
    }

    public record ActionDraft(ImprovementAction.Origin origin, String complaintId, String title, String description, String owner,
                              LocalDate dueOn, ImprovementAction.Status status, LocalDate doneOn) {
    }

    public record ResponseRow(String responseId, Survey.Kind kind, String surveyTitle, String enrolmentId, String learnerId,
                              String learnerName, String organisationId, String programmeCode, java.math.BigDecimal score,
                              java.time.Instant submittedAt) {
    }

    // ---- surveys (staff)

    public List<Survey> surveys(Caller caller, String organisationId) {
        staff(caller, organisationId);
        return em.createNamedQuery(Survey.OF_ORGANISATION, Survey.class).setParameter("organisation", organisationId).getResultList();
    }

    /** A survey of an organisation the caller trains or administers; 404 otherwise. */
    public Survey survey(Caller caller, String id) {
        Survey s = id == null ? null : em.find(Survey.class, id);
        if (s == null || !caller.teaches(s.getOrganisationId())) {
            throw Problem.notFound("socle.survey.notFound");
        }
        return s;
    }

    public Survey create(Caller caller, String organisationId, SurveyDraft draft) {
        staff(caller, organisationId);
        if (draft == null || draft.questions() == null) {
            throw Problem.badRequest("socle.survey.invalid");
        }
        try {
            Survey s = new Survey(organisationId, draft.kind(), draft.programmeCode(), draft.title(), draft.delayWeeks(), caller.accountId(),
                    clock.now());
            s.setActive(draft.active());
            s.replaceQuestions(draft.questions());
            em.persist(s);
            em.flush();
            return s;
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.survey.invalid");
        }
    }

    /**
     * Changes a survey. Once answered, its kind and questions stay (409 for a change); its title,
     * programme, delay and whether it is active may still change.
     */
    public Survey update(Caller caller, String id, SurveyDraft draft) {
        Survey s = survey(caller, id);
        if (draft == null) {
            throw Problem.badRequest("socle.survey.invalid");
        }
        boolean answered = responseCount(s) > 0;
        boolean questionsChange = draft.questions() != null && !draft.questions().equals(s.drafts());
        if (answered && (questionsChange || draft.kind() != s.getKind())) {
            throw Problem.conflict("socle.survey.answered");
        }
        try {
            s.describe(draft.kind(), draft.programmeCode(), draft.title(), draft.delayWeeks());
            s.setActive(draft.active());
            if (questionsChange) {
                s.replaceQuestions(draft.questions());
            }
            em.flush();
            return s;
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.survey.invalid");
        }
    }

    public Survey activate(Caller caller, String id, boolean active) {
        Survey s = survey(caller, id);
        s.setActive(active);
        return s;
    }

    /** The default hot and cold surveys, for an organisation that has none of that kind; nothing twice. */
    public List<Survey> ensureDefaults(Caller caller, String organisationId) {
        List<Survey> existing = surveys(caller, organisationId);
        List<Survey> created = new ArrayList<>();
        if (existing.stream().noneMatch(s -> s.getKind() == Survey.Kind.HOT)) {
            created.add(create(caller, organisationId, new SurveyDraft(Survey.Kind.HOT, null, DefaultSurveys.HOT_TITLE, 0, true,
                    DefaultSurveys.HOT)));
        }
        if (existing.stream().noneMatch(s -> s.getKind() == Survey.Kind.COLD)) {
            created.add(create(caller, organisationId, new SurveyDraft(Survey.Kind.COLD, null, DefaultSurveys.COLD_TITLE,
                    DefaultSurveys.COLD_DELAY_WEEKS, true, DefaultSurveys.COLD)));
        }
        return created;
    }

    public long responseCount(Survey s) {
        return em.createNamedQuery(SurveyResponse.COUNT_OF_SURVEY, Long.class).setParameter("survey", s.getId()).getSingleResult();
    }

    /** The responses to a survey: their number, the mean of their scores, and per question its mean or its texts. */
    public Results results(Caller caller, String id) {
        Survey s = survey(caller, id);
        List<SurveyResponse> responses = em.createNamedQuery(SurveyResponse.OF_SURVEY, SurveyResponse.class).setParameter("survey", s.getId())
                .getResultList();
        Map<String, List<SurveyAnswer>> byQuestion = new HashMap<>();
        responses.forEach(r -> r.getAnswers().forEach(a -> byQuestion.computeIfAbsent(a.getQuestionId(), k -> new ArrayList<>()).add(a)));
        List<QuestionResult> questions = new ArrayList<>();
        for (SurveyQuestion q : s.getQuestions()) {
            List<SurveyAnswer> answers = byQuestion.getOrDefault(q.getId(), List.of());
            questions.add(new QuestionResult(q, answers.size(),
                    SurveyResponse.mean(answers.stream().map(SurveyAnswer::getScore).filter(Objects::nonNull).toList()),
                    answers.stream().map(SurveyAnswer::getText).filter(Objects::nonNull).toList()));
        }
        List<Integer> all = responses.stream().flatMap(r -> r.getAnswers().stream()).map(SurveyAnswer::getScore).filter(Objects::nonNull).toList();
        return new Results(s, responses.size(), SurveyResponse.mean(all), questions);
    }

    // ---- surveys (learners)

    /** The surveys due for the caller's enrolments, oldest first. */
    public List<Due> due(Caller caller) {
        List<Enrolment> mine = enrolments.mine(caller);
        if (mine.isEmpty()) {
            return List.of();
        }
        Set<String> organisations = new HashSet<>();
        mine.forEach(e -> organisations.add(e.getOrganisation().getId()));
        List<Survey> surveys = em.createNamedQuery(Survey.ACTIVE_IN, Survey.class).setParameter("ids", organisations).getResultList();
        if (surveys.isEmpty()) {
            return List.of();
        }
        Set<String> answered = answered(mine.stream().map(Enrolment::getId).toList());
        List<TrainingSession> attended = sessions.attended(caller);
        Instant now = clock.now();
        List<Due> due = new ArrayList<>();
        for (Enrolment e : mine) {
            DueRules.Facts facts = facts(e, attended);
            for (Survey s : surveys) {
                if (!answered.contains(s.getId() + "/" + e.getId())) {
                    DueRules.dueFrom(s, facts).filter(from -> !from.isAfter(now)).ifPresent(from -> due.add(new Due(s, e, from)));
                }
            }
        }
        due.sort(Comparator.comparing(Due::since));
        return due;
    }

    /** One survey due for one of the caller's enrolments; 404 for someone else's enrolment, 409 once answered or when not due. */
    public Due dueOne(Caller caller, String surveyId, String enrolmentId) {
        Enrolment e = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId);
        if (e == null || !e.getLearner().getId().equals(caller.accountId())) {
            throw Problem.notFound("socle.enrolment.notFound");
        }
        Survey s = surveyId == null ? null : em.find(Survey.class, surveyId);
        if (s == null || !s.covers(e.getOrganisation().getId(), e.getVersion().getProgramme().getCode())) {
            throw Problem.notFound("socle.survey.notFound");
        }
        if (answered(List.of(e.getId())).contains(s.getId() + "/" + e.getId())) {
            throw Problem.conflict("socle.survey.alreadyAnswered");
        }
        Instant now = clock.now();
        return DueRules.dueFrom(s, facts(e, sessions.attended(caller))).filter(from -> !from.isAfter(now))
                .map(from -> new Due(s, e, from))
                .orElseThrow(() -> Problem.conflict("socle.survey.notDue"));
    }

    /** The caller answers a survey due for its enrolment: once (409 after), every Likert question 1 to 5 (400 otherwise). */
    public SurveyResponse answer(Caller caller, String surveyId, String enrolmentId, List<SurveyResponse.Answer> answers) {
        Due due = dueOne(caller, surveyId, enrolmentId);
        Enrolment e = due.enrolment();
        SurveyResponse r;
        try {
            r = new SurveyResponse(due.survey(), e.getId(), caller.accountId(), e.getOrganisation().getId(),
                    e.getVersion().getProgramme().getCode(), answers, clock.now());
        } catch (IllegalArgumentException ex) {
            throw Problem.badRequest("socle.survey.answersInvalid");
        }
        em.persist(r);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException raced) {
            // a second submission that passed the check at the same time loses on uq_survey_response
            throw Problem.conflict("socle.survey.alreadyAnswered");
        }
        return r;
    }

    private Set<String> answered(List<String> enrolmentIds) {
        Set<String> pairs = new HashSet<>();
        em.createNamedQuery(SurveyResponse.ANSWERED, Object[].class).setParameter("enrolments", enrolmentIds).getResultList()
                .forEach(row -> pairs.add(row[0] + "/" + row[1]));
        return pairs;
    }

    private static DueRules.Facts facts(Enrolment e, List<TrainingSession> attended) {
        Instant sessionsEnd = null;
        for (TrainingSession s : attended) {
            if (s.has(e)) {
                for (HalfDay h : s.getHalfDays()) {
                    // wall-clock time of that day, right on the two days the clocks change too
                    Instant end = h.getDate().atTime(java.time.LocalTime.MIN.plusMinutes(h.getEndMinute())).atZone(Formats.PARIS).toInstant();
                    if (sessionsEnd == null || end.isAfter(sessionsEnd)) {
                        sessionsEnd = end;
                    }
                }
            }
        }
        return new DueRules.Facts(e.getOrganisation().getId(), e.getVersion().getProgramme().getCode(), e.getStatus(), e.getEndedAt(),
                sessionsEnd);
    }

    // ---- complaints and feedback log

    public List<Complaint> complaints(Caller caller, String organisationId) {
        staff(caller, organisationId);
        return em.createNamedQuery(Complaint.OF_ORGANISATION, Complaint.class).setParameter("organisation", organisationId).getResultList();
    }

    /** The entries of an organisation's log received between two days, both included, oldest first. */
    public List<Complaint> complaints(Caller caller, String organisationId, LocalDate from, LocalDate to) {
        staff(caller, organisationId);
        return complaints(List.of(organisationId), from, to);
    }

    public Complaint complaint(Caller caller, String id) {
        Complaint c = id == null ? null : em.find(Complaint.class, id);
        if (c == null || !caller.teaches(c.getOrganisationId())) {
            throw Problem.notFound("socle.complaint.notFound");
        }
        return c;
    }

    /** Staff record what their organisation received. */
    public Complaint record(Caller caller, String organisationId, ComplaintDraft d) {
        staff(caller, organisationId);
        if (d == null) {
            throw Problem.badRequest("socle.complaint.invalid");
        }
        LocalDate today = clock.today();
        return persist(() -> new Complaint(organisationId, d.receivedOn() == null ? today : d.receivedOn(), d.channel(), d.kind(), d.author(),
                d.programmeCode(), d.subject(), d.description(), caller.accountId(), clock.now(), today));
    }

    /** A learner files a complaint (or a suggestion) about an organisation it belongs to or is enrolled with, through the form. */
    public Complaint file(Caller caller, String organisationId, Complaint.Kind kind, String programmeCode, String subject, String description) {
        if (!learnerOf(caller).contains(organisationId)) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        LocalDate today = clock.today();
        return persist(() -> new Complaint(organisationId, today, Complaint.Channel.FORMULAIRE, kind == null ? Complaint.Kind.RECLAMATION : kind,
                caller.displayName(), programmeCode, subject, description, caller.accountId(), clock.now(), today));
    }

    /** The organisations a learner may file about: those it belongs to and those of its enrolments. */
    public Set<String> learnerOf(Caller caller) {
        Set<String> ids = new HashSet<>(caller.rolesByOrganisation().keySet());
        enrolments.mine(caller).forEach(e -> ids.add(e.getOrganisation().getId()));
        return ids;
    }

    public Complaint handle(Caller caller, String id, Handling h) {
        Complaint c = complaint(caller, id);
        if (h == null) {
            throw Problem.badRequest("socle.complaint.invalid");
        }
        try {
            c.handle(h.status(), h.handling(), h.answeredOn(), h.closedOn(), clock.today());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.complaint.handlingInvalid");
        }
        em.flush();
        return c;
    }

    private Complaint persist(java.util.function.Supplier<Complaint> make) {
        Complaint c;
        try {
            c = make.get();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.complaint.invalid");
        }
        em.persist(c);
        em.flush();
        return c;
    }

    // ---- improvement actions

    public List<ImprovementAction> actions(Caller caller, String organisationId) {
        staff(caller, organisationId);
        return actions(List.of(organisationId));
    }

    public ImprovementAction action(Caller caller, String id) {
        ImprovementAction a = id == null ? null : em.find(ImprovementAction.class, id);
        if (a == null || !caller.teaches(a.getOrganisationId())) {
            throw Problem.notFound("socle.action.notFound");
        }
        return a;
    }

    /** A new action; one from a complaint names a complaint of the same organisation (404 otherwise). */
    public ImprovementAction createAction(Caller caller, String organisationId, ActionDraft d) {
        staff(caller, organisationId);
        if (d == null) {
            throw Problem.badRequest("socle.action.invalid");
        }
        String complaintId = d.complaintId() == null || d.complaintId().isBlank() ? null : d.complaintId().strip();
        if (complaintId != null) {
            Complaint c = em.find(Complaint.class, complaintId);
            if (c == null || !c.getOrganisationId().equals(organisationId)) {
                throw Problem.notFound("socle.complaint.notFound");
            }
        }
        try {
            ImprovementAction a = new ImprovementAction(organisationId,
                    complaintId != null && d.origin() == null ? ImprovementAction.Origin.RECLAMATION : d.origin(), complaintId,
                    caller.accountId(), clock.now());
            a.describe(d.title(), d.description(), d.owner(), d.dueOn());
            if (d.status() != null) {
                a.progress(d.status(), d.doneOn(), clock.today());
            }
            em.persist(a);
            em.flush();
            return a;
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.action.invalid");
        }
    }

    /** Changes an action's description and progress (its origin and complaint stay). */
    public ImprovementAction updateAction(Caller caller, String id, ActionDraft d) {
        ImprovementAction a = action(caller, id);
        if (d == null) {
            throw Problem.badRequest("socle.action.invalid");
        }
        try {
            a.describe(d.title(), d.description(), d.owner(), d.dueOn());
            a.progress(d.status() == null ? a.getStatus() : d.status(), d.doneOn(), clock.today());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.action.invalid");
        }
        em.flush();
        return a;
    }

    // ---- reads for other features (dashboards, Qualiopi evidence): the caller scopes the organisations

    /** The responses of some organisations submitted in [from, to), optionally for one programme. */
    public List<ResponseRow> responses(Collection<String> organisationIds, String programmeCodeOrNull, Instant from, Instant to) {
        if (organisationIds == null || organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(SurveyResponse.ROWS, Object[].class).setParameter("ids", organisationIds)
                .setParameter("programme", programmeCodeOrNull).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(Feedback::responseRow).toList();
    }

    /** The responses of some enrolments of some organisations, whenever submitted, oldest first. */
    public List<ResponseRow> responsesOf(Collection<String> organisationIds, Collection<String> enrolmentIds) {
        if (organisationIds == null || organisationIds.isEmpty() || enrolmentIds == null || enrolmentIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(enrolmentIds));
        List<ResponseRow> rows = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) { // a bounded IN list, whatever the cohort's size
            em.createNamedQuery(SurveyResponse.ROWS_OF_ENROLMENTS, Object[].class).setParameter("ids", organisationIds)
                    .setParameter("enrolments", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultStream()
                    .map(Feedback::responseRow).forEach(rows::add);
        }
        rows.sort(java.util.Comparator.comparing(ResponseRow::submittedAt).thenComparing(ResponseRow::responseId));
        return rows;
    }

    private static ResponseRow responseRow(Object[] row) {
        SurveyResponse r = (SurveyResponse) row[0];
        return new ResponseRow(r.getId(), r.getKind(), (String) row[1], r.getEnrolmentId(), r.getLearnerId(), (String) row[2],
                r.getOrganisationId(), r.getProgrammeCode(), r.getScore(), r.getSubmittedAt());
    }

    /** The log entries of some organisations received between two days, both included. */
    public List<Complaint> complaints(Collection<String> organisationIds, LocalDate from, LocalDate to) {
        if (organisationIds == null || organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Complaint.IN_PERIOD, Complaint.class).setParameter("ids", organisationIds).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    /** The improvement actions of some organisations, newest first. */
    public List<ImprovementAction> actions(Collection<String> organisationIds) {
        if (organisationIds == null || organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ImprovementAction.IN_ORGANISATIONS, ImprovementAction.class).setParameter("ids", organisationIds)
                .getResultList();
    }

    /** The caller trains in or administers this organisation, which exists (a platform admin "teaches" any id). */
    private void staff(Caller caller, String organisationId) {
        if (organisationId == null || !caller.teaches(organisationId)) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        organisations.find(caller, organisationId);
    }

}

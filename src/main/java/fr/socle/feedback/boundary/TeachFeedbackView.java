package fr.socle.feedback.boundary;

import fr.socle.platform.Problem;
import fr.socle.platform.Formats;
import fr.socle.feedback.entity.Complaint;
import fr.socle.feedback.entity.ImprovementAction;
import fr.socle.feedback.entity.Survey;
import fr.socle.feedback.entity.SurveyQuestion;
import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * teach/feedback.xhtml: for the trainers and administrators of an organisation, its satisfaction
 * surveys and their results, its complaints and feedback log, and its improvement actions.
 */
@Named
@ViewScoped
public class TeachFeedbackView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Feedback feedback;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    /** A question row of the survey form. */
    public static class QuestionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private SurveyQuestion.Kind kind = SurveyQuestion.Kind.LIKERT;
        private String label;

        public SurveyQuestion.Kind getKind() { return kind; }
        public void setKind(SurveyQuestion.Kind kind) { this.kind = kind; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
    }

    private String organisationId;
    private transient List<Organisation> taught;
    private transient List<Survey> surveys;
    private transient List<Complaint> complaints;
    private transient List<ImprovementAction> actions;
    private transient List<Feedback.ResponseRow> responses;

    // survey form
    private String surveyId;
    private Survey.Kind kind = Survey.Kind.HOT;
    private String programmeCode;
    private String title;
    private int delayWeeks = 8;
    private boolean active = true;
    private List<QuestionForm> questions = new ArrayList<>(List.of(new QuestionForm()));
    private String resultsId;
    private transient Feedback.Results results;

    // complaint forms
    private LocalDate receivedOn = LocalDate.now(Formats.PARIS);
    private Complaint.Channel channel = Complaint.Channel.EMAIL;
    private Complaint.Kind complaintKind = Complaint.Kind.RECLAMATION;
    private String author;
    private String complaintProgramme;
    private String subject;
    private String description;
    private String complaintId;
    private Complaint.Status status = Complaint.Status.EN_COURS;
    private String handling;
    private LocalDate answeredOn;
    private LocalDate closedOn;

    // action forms
    private ImprovementAction.Origin origin = ImprovementAction.Origin.RECLAMATION;
    private String actionComplaintId;
    private String actionTitle;
    private String actionDescription;
    private String owner;
    private LocalDate dueOn;
    private String actionId;
    private ImprovementAction.Status actionStatus = ImprovementAction.Status.EN_COURS;
    private LocalDate doneOn;

    public List<Organisation> getOrganisations() {
        if (taught == null) {
            taught = organisations.taught(current.require());
        }
        return taught;
    }

    public String getOrganisationId() {
        if (organisationId == null && !getOrganisations().isEmpty()) {
            organisationId = getOrganisations().get(0).getId();
        }
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    /** Another organisation chosen: everything reloads. */
    public void choose() {
        surveys = null;
        complaints = null;
        actions = null;
        responses = null;
        results = null;
        resultsId = null;
        newSurvey();
    }

    public List<Survey> getSurveys() {
        if (surveys == null) {
            surveys = getOrganisationId() == null ? List.of() : feedback.surveys(current.require(), getOrganisationId());
        }
        return surveys;
    }

    public List<Complaint> getComplaints() {
        if (complaints == null) {
            complaints = getOrganisationId() == null ? List.of() : feedback.complaints(current.require(), getOrganisationId());
        }
        return complaints;
    }

    public List<ImprovementAction> getActions() {
        if (actions == null) {
            actions = getOrganisationId() == null ? List.of() : feedback.actions(current.require(), getOrganisationId());
        }
        return actions;
    }

    /** The responses of the last twelve months, newest last (scores only: who answered stays out of this table). */
    public List<Feedback.ResponseRow> getResponses() {
        if (responses == null) {
            java.time.Instant now = java.time.Instant.now();
            responses = getOrganisationId() == null ? List.of()
                    : feedback.responses(List.of(getOrganisationId()), null, now.minus(java.time.Duration.ofDays(365)), now.plusSeconds(1));
        }
        return responses;
    }

    public Survey.Kind[] getSurveyKinds() { return Survey.Kind.values(); }
    public SurveyQuestion.Kind[] getQuestionKinds() { return SurveyQuestion.Kind.values(); }
    public Complaint.Channel[] getChannels() { return Complaint.Channel.values(); }
    public Complaint.Kind[] getComplaintKinds() { return Complaint.Kind.values(); }
    public Complaint.Status[] getStatuses() { return Complaint.Status.values(); }
    public ImprovementAction.Origin[] getOrigins() { return ImprovementAction.Origin.values(); }
    public ImprovementAction.Status[] getActionStatuses() { return ImprovementAction.Status.values(); }

    public void ensureDefaults() {
        messages.attempt(() -> feedback.ensureDefaults(current.require(), getOrganisationId()), "socle.feedback.defaultsDone");
        surveys = null;
    }

    public void newSurvey() {
        surveyId = null;
        kind = Survey.Kind.HOT;
        programmeCode = null;
        title = null;
        delayWeeks = 8;
        active = true;
        questions = new ArrayList<>(List.of(new QuestionForm()));
    }

    public void edit(String id) {
        try {
            Survey s = feedback.survey(current.require(), id);
            surveyId = s.getId();
            kind = s.getKind();
            programmeCode = s.getProgrammeCode();
            title = s.getTitle();
            delayWeeks = s.getKind() == Survey.Kind.COLD ? s.getDelayWeeks() : 8;
            active = s.isActive();
            questions = new ArrayList<>();
            for (SurveyQuestion q : s.getQuestions()) {
                QuestionForm f = new QuestionForm();
                f.setKind(q.getKind());
                f.setLabel(q.getLabel());
                questions.add(f);
            }
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public void addQuestion() {
        questions.add(new QuestionForm());
    }

    public void removeQuestion(int index) {
        if (questions.size() > 1 && index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    public void saveSurvey() {
        var draft = new Feedback.SurveyDraft(kind, programmeCode, title, kind == Survey.Kind.COLD ? delayWeeks : 0, active,
                questions.stream().map(q -> new SurveyQuestion.Draft(q.getKind(), q.getLabel())).toList());
        messages.attempt(() -> {
            if (surveyId == null) {
                surveyId = feedback.create(current.require(), getOrganisationId(), draft).getId();
            } else {
                feedback.update(current.require(), surveyId, draft);
            }
        }, "socle.feedback.surveySaved");
        surveys = null;
    }

    public void toggle(String id, boolean on) {
        messages.attempt(() -> feedback.activate(current.require(), id, on), on ? "socle.feedback.activated" : "socle.feedback.deactivated");
        surveys = null;
    }

    public void showResults(String id) {
        resultsId = id;
        results = null;
    }

    public Feedback.Results getResults() {
        if (results == null && resultsId != null) {
            try {
                results = feedback.results(current.require(), resultsId);
            } catch (Problem p) {
                resultsId = null;
                messages.problem(p);
            }
        }
        return results;
    }

    public void recordComplaint() {
        messages.attempt(() -> {
            feedback.record(current.require(), getOrganisationId(), new Feedback.ComplaintDraft(receivedOn, channel, complaintKind, author,
                    complaintProgramme, subject, description));
            author = null;
            subject = null;
            description = null;
            complaintProgramme = null;
        }, "socle.feedback.complaintRecorded");
        complaints = null;
    }

    public void selectComplaint(String id) {
        try {
            Complaint c = feedback.complaint(current.require(), id);
            complaintId = c.getId();
            status = c.getStatus();
            handling = c.getHandling();
            answeredOn = c.getAnsweredOn();
            closedOn = c.getClosedOn();
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public Complaint getSelectedComplaint() {
        return complaintId == null ? null : getComplaints().stream().filter(c -> c.getId().equals(complaintId)).findFirst().orElse(null);
    }

    public void handle() {
        messages.attempt(() -> feedback.handle(current.require(), complaintId, new Feedback.Handling(status, handling, answeredOn, closedOn)),
                "socle.feedback.complaintHandled");
        complaints = null;
    }

    public void createAction() {
        messages.attempt(() -> {
            feedback.createAction(current.require(), getOrganisationId(), new Feedback.ActionDraft(origin,
                    origin == ImprovementAction.Origin.RECLAMATION ? actionComplaintId : null, actionTitle, actionDescription, owner, dueOn,
                    null, null));
            actionTitle = null;
            actionDescription = null;
            owner = null;
            dueOn = null;
            actionComplaintId = null;
        }, "socle.feedback.actionCreated");
        actions = null;
    }

    public void selectAction(String id) {
        try {
            ImprovementAction a = feedback.action(current.require(), id);
            actionId = a.getId();
            actionStatus = a.getStatus();
            doneOn = a.getDoneOn();
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public ImprovementAction getSelectedAction() {
        return actionId == null ? null : getActions().stream().filter(a -> a.getId().equals(actionId)).findFirst().orElse(null);
    }

    public void progressAction() {
        ImprovementAction a = getSelectedAction();
        if (a == null) {
            return;
        }
        messages.attempt(() -> feedback.updateAction(current.require(), actionId, new Feedback.ActionDraft(a.getOrigin(), a.getComplaintId(),
                a.getTitle(), a.getDescription(), a.getOwner(), a.getDueOn(), actionStatus, doneOn)), "socle.feedback.actionUpdated");
        actions = null;
    }

    /** The subject of a complaint of the log, for an action's line. */
    public String subjectOf(String id) {
        return id == null ? "" : getComplaints().stream().filter(c -> c.getId().equals(id)).map(Complaint::getSubject).findFirst().orElse("");
    }

    public String getSurveyId() { return surveyId; }
    public Survey.Kind getKind() { return kind; }
    public void setKind(Survey.Kind kind) { this.kind = kind; }
    public String getProgrammeCode() { return programmeCode; }
    public void setProgrammeCode(String programmeCode) { this.programmeCode = programmeCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public int getDelayWeeks() { return delayWeeks; }
    public void setDelayWeeks(int delayWeeks) { this.delayWeeks = delayWeeks; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<QuestionForm> getQuestions() { return questions; }
    public String getResultsId() { return resultsId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public Complaint.Channel getChannel() { return channel; }
    public void setChannel(Complaint.Channel channel) { this.channel = channel; }
    public Complaint.Kind getComplaintKind() { return complaintKind; }
    public void setComplaintKind(Complaint.Kind complaintKind) { this.complaintKind = complaintKind; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String getComplaintProgramme() { return complaintProgramme; }
    public void setComplaintProgramme(String complaintProgramme) { this.complaintProgramme = complaintProgramme; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getComplaintId() { return complaintId; }
    public Complaint.Status getStatus() { return status; }
    public void setStatus(Complaint.Status status) { this.status = status; }
    public String getHandling() { return handling; }
    public void setHandling(String handling) { this.handling = handling; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public ImprovementAction.Origin getOrigin() { return origin; }
    public void setOrigin(ImprovementAction.Origin origin) { this.origin = origin; }
    public String getActionComplaintId() { return actionComplaintId; }
    public void setActionComplaintId(String actionComplaintId) { this.actionComplaintId = actionComplaintId; }
    public String getActionTitle() { return actionTitle; }
    public void setActionTitle(String actionTitle) { this.actionTitle = actionTitle; }
    public String getActionDescription() { return actionDescription; }
    public void setActionDescription(String actionDescription) { this.actionDescription = actionDescription; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getActionId() { return actionId; }
    public ImprovementAction.Status getActionStatus() { return actionStatus; }
    public void setActionStatus(ImprovementAction.Status actionStatus) { this.actionStatus = actionStatus; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
}

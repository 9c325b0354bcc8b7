package fr.socle.feedback.boundary;

import fr.socle.feedback.entity.Complaint;
import fr.socle.feedback.entity.SurveyQuestion;
import fr.socle.feedback.entity.SurveyResponse;
import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** learn/surveys.xhtml: the surveys due for my trainings, answered here, and a form to report a complaint or a suggestion. */
@Named
@ViewScoped
public class MySurveysView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> SCALE = List.of("1", "2", "3", "4", "5");

    @Inject
    transient Feedback feedback;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private transient List<Feedback.Due> due;
    private transient List<Organisation> mine;
    /** Answers by "survey/enrolment/question": a rating 1 to 5 or a text, as the form gives them. */
    private final HashMap<String, String> answers = new HashMap<>();

    private String organisationId;
    private Complaint.Kind kind = Complaint.Kind.RECLAMATION;
    private String subject;
    private String description;

    public List<Feedback.Due> getDue() {
        if (due == null) {
            due = feedback.due(current.require());
        }
        return due;
    }

    public List<String> getScale() {
        return SCALE;
    }

    public String key(Feedback.Due d, SurveyQuestion q) {
        return d.survey().getId() + "/" + d.enrolment().getId() + "/" + q.getId();
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void answer(String surveyId, String enrolmentId) {
        Feedback.Due d = getDue().stream().filter(x -> x.survey().getId().equals(surveyId) && x.enrolment().getId().equals(enrolmentId))
                .findFirst().orElse(null);
        if (d == null) {
            return;
        }
        List<SurveyResponse.Answer> given = new ArrayList<>();
        for (SurveyQuestion q : d.survey().getQuestions()) {
            String value = answers.get(key(d, q));
            if (q.isLikert()) {
                given.add(new SurveyResponse.Answer(q.getId(), rating(value), null));
            } else if (value != null && !value.isBlank()) {
                given.add(new SurveyResponse.Answer(q.getId(), null, value));
            }
        }
        messages.attempt(() -> feedback.answer(current.require(), surveyId, enrolmentId, given), "socle.feedback.answered");
        due = null;
    }

    private static Integer rating(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The organisations I may report about: those I belong to and those of my enrolments. */
    public List<Organisation> getOrganisations() {
        if (mine == null) {
            var caller = current.require();
            Set<String> ids = feedback.learnerOf(caller);
            mine = organisations.list(caller, null, 0, Organisations.MAX_PAGE).stream().filter(o -> ids.contains(o.getId())).toList();
        }
        return mine;
    }

    public Complaint.Kind[] getKinds() {
        return Complaint.Kind.values();
    }

    public void file() {
        String org = organisationId != null ? organisationId : getOrganisations().isEmpty() ? null : getOrganisations().get(0).getId();
        messages.attempt(() -> {
            feedback.file(current.require(), org, kind, null, subject, description);
            subject = null;
            description = null;
        }, "socle.feedback.filed");
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public Complaint.Kind getKind() { return kind; }
    public void setKind(Complaint.Kind kind) { this.kind = kind; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}

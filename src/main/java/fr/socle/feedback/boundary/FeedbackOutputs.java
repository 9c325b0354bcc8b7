package fr.socle.feedback.boundary;

import fr.socle.feedback.entity.Complaint;
import fr.socle.feedback.entity.ImprovementAction;
import fr.socle.feedback.entity.Survey;
import fr.socle.feedback.entity.SurveyQuestion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the surveys, complaints and improvement-actions APIs answer. */
public final class FeedbackOutputs {

    private FeedbackOutputs() {
    }

    public record QuestionOutput(String id, int position, SurveyQuestion.Kind kind, String label) {
        static List<QuestionOutput> of(Survey s) {
            return s.getQuestions().stream().map(q -> new QuestionOutput(q.getId(), q.getPosition(), q.getKind(), q.getLabel())).toList();
        }
    }

    public record SurveyOutput(String id, String organisationId, Survey.Kind kind, String programmeCode, String title, int delayWeeks,
                               boolean active, Instant createdAt, List<QuestionOutput> questions) {
        static SurveyOutput of(Survey s) {
            return new SurveyOutput(s.getId(), s.getOrganisationId(), s.getKind(), s.getProgrammeCode(), s.getTitle(), s.getDelayWeeks(),
                    s.isActive(), s.getCreatedAt(), QuestionOutput.of(s));
        }
    }

    public record QuestionResultOutput(String questionId, int position, SurveyQuestion.Kind kind, String label, int answers, BigDecimal mean,
                                       List<String> texts) {
    }

    public record ResultsOutput(String surveyId, String title, int responses, BigDecimal mean, List<QuestionResultOutput> questions) {
        static ResultsOutput of(Feedback.Results r) {
            return new ResultsOutput(r.survey().getId(), r.survey().getTitle(), r.responses(), r.mean(), r.questions().stream()
                    .map(q -> new QuestionResultOutput(q.question().getId(), q.question().getPosition(), q.question().getKind(),
                            q.question().getLabel(), q.answers(), q.mean(), q.texts())).toList());
        }
    }

    public record DueOutput(String surveyId, Survey.Kind kind, String title, String enrolmentId, String programme, Instant dueSince,
                            List<QuestionOutput> questions) {
        static DueOutput of(Feedback.Due d) {
            return new DueOutput(d.survey().getId(), d.survey().getKind(), d.survey().getTitle(), d.enrolment().getId(),
                    d.enrolment().getVersion().getTitle(), d.since(), QuestionOutput.of(d.survey()));
        }
    }

    public record ResponseOutput(String id, String surveyId, String enrolmentId, BigDecimal score, Instant submittedAt) {
    }

    public record ComplaintOutput(String id, String organisationId, LocalDate receivedOn, Complaint.Channel channel, Complaint.Kind kind,
                                  String author, String programmeCode, String subject, String description, Complaint.Status status,
                                  String handling, LocalDate answeredOn, LocalDate closedOn, Instant recordedAt) {
        static ComplaintOutput of(Complaint c) {
            return new ComplaintOutput(c.getId(), c.getOrganisationId(), c.getReceivedOn(), c.getChannel(), c.getKind(), c.getAuthor(),
                    c.getProgrammeCode(), c.getSubject(), c.getDescription(), c.getStatus(), c.getHandling(), c.getAnsweredOn(),
                    c.getClosedOn(), c.getRecordedAt());
        }
    }

    public record ActionOutput(String id, String organisationId, ImprovementAction.Origin origin, String complaintId, String title,
                               String description, String owner, LocalDate dueOn, ImprovementAction.Status status, LocalDate doneOn,
                               Instant createdAt) {
        static ActionOutput of(ImprovementAction a) {
            return new ActionOutput(a.getId(), a.getOrganisationId(), a.getOrigin(), a.getComplaintId(), a.getTitle(), a.getDescription(),
                    a.getOwner(), a.getDueOn(), a.getStatus(), a.getDoneOn(), a.getCreatedAt());
        }
    }
}

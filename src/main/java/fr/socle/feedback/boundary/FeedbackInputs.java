package fr.socle.feedback.boundary;

import fr.socle.platform.ValidDay;
import fr.socle.feedback.entity.Complaint;
import fr.socle.feedback.entity.ImprovementAction;
import fr.socle.feedback.entity.Survey;
import fr.socle.feedback.entity.SurveyAnswer;
import fr.socle.feedback.entity.SurveyQuestion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What the surveys, complaints and improvement-actions APIs take. Classes, not records: see OrganisationInput. */
public final class FeedbackInputs {

    private FeedbackInputs() {
    }

    public static class QuestionInput {
        @NotNull(message = "{socle.survey.questionKindRequired}")
        public SurveyQuestion.Kind kind;

        @NotBlank(message = "{socle.survey.questionLabelRequired}")
        @Size(max = SurveyQuestion.LABEL_MAX, message = "{socle.survey.questionLabelRequired}")
        public String label;

        SurveyQuestion.Draft draft() {
            return new SurveyQuestion.Draft(kind, label);
        }
    }

    /** A survey: on creation its questions are required; on a change, absent questions are kept. */
    public static class SurveyInput {
        /** The organisation (on creation). */
        public String organisationId;

        @NotNull(message = "{socle.survey.kindRequired}")
        public Survey.Kind kind;

        @Size(max = Survey.CODE_MAX, message = "{socle.survey.programmeTooLong}")
        public String programmeCode;

        @NotBlank(message = "{socle.survey.titleRequired}")
        @Size(max = Survey.TITLE_MAX, message = "{socle.survey.titleRequired}")
        public String title;

        @Min(value = 0, message = "{socle.survey.delay}")
        @Max(value = Survey.DELAY_MAX, message = "{socle.survey.delay}")
        public int delayWeeks;

        public Boolean active;

        @Size(max = 50, message = "{socle.survey.tooManyQuestions}")
        public List<@Valid @NotNull QuestionInput> questions;

        Feedback.SurveyDraft draft() {
            return new Feedback.SurveyDraft(kind, programmeCode, title, delayWeeks, active == null || active,
                    questions == null ? null : questions.stream().map(QuestionInput::draft).toList());
        }
    }

    public static class AnswerInput {
        @NotBlank(message = "{socle.survey.questionRequired}")
        public String questionId;

        @Min(value = 1, message = "{socle.survey.likert}")
        @Max(value = 5, message = "{socle.survey.likert}")
        public Integer score;

        @Size(max = SurveyAnswer.TEXT_MAX, message = "{socle.survey.textTooLong}")
        public String text;
    }

    public static class ResponseInput {
        @NotBlank(message = "{socle.survey.enrolmentRequired}")
        public String enrolmentId;

        @NotEmpty(message = "{socle.survey.answersRequired}")
        public List<@Valid @NotNull AnswerInput> answers;
    }

    /** An entry of the log: staff give every field; a learner (channel FORMULAIRE, author its name) the kind, programme, subject and description. */
    public static class ComplaintInput {
        @NotBlank(message = "{socle.complaint.organisationRequired}")
        public String organisationId;

        @ValidDay
        public LocalDate receivedOn;

        public Complaint.Channel channel;

        public Complaint.Kind kind;

        @Size(max = Complaint.SHORT_MAX, message = "{socle.complaint.authorTooLong}")
        public String author;

        @Size(max = Survey.CODE_MAX, message = "{socle.survey.programmeTooLong}")
        public String programmeCode;

        @NotBlank(message = "{socle.complaint.subjectRequired}")
        @Size(max = Complaint.SHORT_MAX, message = "{socle.complaint.subjectRequired}")
        public String subject;

        @NotBlank(message = "{socle.complaint.descriptionRequired}")
        @Size(max = Complaint.TEXT_MAX, message = "{socle.complaint.descriptionRequired}")
        public String description;
    }

    public static class HandlingInput {
        @NotNull(message = "{socle.complaint.statusRequired}")
        public Complaint.Status status;

        @Size(max = Complaint.TEXT_MAX, message = "{socle.complaint.handlingTooLong}")
        public String handling;

        @ValidDay
        public LocalDate answeredOn;

        @ValidDay
        public LocalDate closedOn;
    }

    public static class ActionInput {
        /** The organisation (on creation). */
        public String organisationId;

        public ImprovementAction.Origin origin;

        public String complaintId;

        @NotBlank(message = "{socle.action.titleRequired}")
        @Size(max = Complaint.SHORT_MAX, message = "{socle.action.titleRequired}")
        public String title;

        @Size(max = Complaint.TEXT_MAX, message = "{socle.complaint.handlingTooLong}")
        public String description;

        @Size(max = Complaint.SHORT_MAX, message = "{socle.complaint.authorTooLong}")
        public String owner;

        @ValidDay
        public LocalDate dueOn;

        public ImprovementAction.Status status;

        @ValidDay
        public LocalDate doneOn;

        Feedback.ActionDraft draft() {
            return new Feedback.ActionDraft(origin, complaintId, title, description, owner, dueOn, status, doneOn);
        }
    }
}

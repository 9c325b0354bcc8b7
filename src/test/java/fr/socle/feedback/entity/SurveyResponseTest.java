package fr.socle.feedback.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyResponseTest {

    static Survey survey(SurveyQuestion.Draft... questions) {
        Survey s = new Survey("org", Survey.Kind.HOT, null, "À chaud", 0, "creator", Instant.EPOCH);
        s.replaceQuestions(List.of(questions));
        return s;
    }

    static final SurveyQuestion.Draft LIKERT = new SurveyQuestion.Draft(SurveyQuestion.Kind.LIKERT, "Note");
    static final SurveyQuestion.Draft TEXT = new SurveyQuestion.Draft(SurveyQuestion.Kind.TEXT, "Commentaires");

    static SurveyResponse respond(Survey s, List<SurveyResponse.Answer> answers) {
        return new SurveyResponse(s, "enrolment", "learner", "org", "CMN", answers, Instant.EPOCH);
    }

    static List<SurveyResponse.Answer> ratings(Survey s, Integer... scores) {
        List<SurveyResponse.Answer> answers = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            answers.add(new SurveyResponse.Answer(s.getQuestions().get(i).getId(), scores[i], null));
        }
        return answers;
    }

    @Test
    void theMeanHasTwoDecimalsRoundedHalfUp() {
        assertEquals(new BigDecimal("4.50"), SurveyResponse.mean(List.of(4, 5)));
        assertEquals(new BigDecimal("4.67"), SurveyResponse.mean(List.of(4, 5, 5)));   // 4.666…
        assertEquals(new BigDecimal("4.33"), SurveyResponse.mean(List.of(4, 4, 5)));   // 4.333…
        assertEquals(new BigDecimal("1.13"), SurveyResponse.mean(List.of(1, 1, 1, 1, 1, 1, 1, 2))); // 1.125 → 1.13
        assertEquals(new BigDecimal("3.00"), SurveyResponse.mean(List.of(3)));
        assertNull(SurveyResponse.mean(List.of()));
    }

    @Test
    void theScoreIsTheMeanOfTheLikertAnswersOnly() {
        Survey s = survey(LIKERT, LIKERT, LIKERT, TEXT);
        List<SurveyResponse.Answer> answers = ratings(s, 5, 4, 4);
        answers.add(new SurveyResponse.Answer(s.getQuestions().get(3).getId(), null, "  Très utile  "));
        SurveyResponse r = respond(s, answers);
        assertEquals(new BigDecimal("4.33"), r.getScore());
        assertEquals("Très utile", r.getAnswers().get(3).getText());
        assertEquals(Survey.Kind.HOT, r.getKind());
    }

    @Test
    void aSurveyWithoutLikertQuestionsHasNoScore() {
        Survey s = survey(TEXT);
        assertNull(respond(s, List.of()).getScore());
        assertEquals(0, respond(s, List.of()).getAnswers().size());
    }

    @Test
    void everyLikertQuestionNeedsARatingFromOneToFive() {
        Survey s = survey(LIKERT, LIKERT);
        assertThrows(IllegalArgumentException.class, () -> respond(s, ratings(s, 5)));
        assertThrows(IllegalArgumentException.class, () -> respond(s, ratings(s, 5, 6)));
        assertThrows(IllegalArgumentException.class, () -> respond(s, ratings(s, 0, 3)));
        assertThrows(IllegalArgumentException.class, () -> respond(s, ratings(s, 3, null)));
        assertEquals(new BigDecimal("3.00"), respond(s, ratings(s, 1, 5)).getScore());
    }

    @Test
    void unknownOrRepeatedQuestionsAndLongTextsAreRefused() {
        Survey s = survey(LIKERT, TEXT);
        String likert = s.getQuestions().get(0).getId();
        String text = s.getQuestions().get(1).getId();
        assertThrows(IllegalArgumentException.class, () -> respond(s, List.of(new SurveyResponse.Answer(likert, 3, null),
                new SurveyResponse.Answer("other", 3, null))));
        assertThrows(IllegalArgumentException.class, () -> respond(s, List.of(new SurveyResponse.Answer(likert, 3, null),
                new SurveyResponse.Answer(likert, 4, null))));
        assertThrows(IllegalArgumentException.class, () -> respond(s, List.of(new SurveyResponse.Answer(likert, 3, null),
                new SurveyResponse.Answer(text, null, "x".repeat(2001)))));
        assertEquals(1, respond(s, List.of(new SurveyResponse.Answer(likert, 3, null),
                new SurveyResponse.Answer(text, null, "x".repeat(2000)))).getAnswers().size() - 1);
    }
}

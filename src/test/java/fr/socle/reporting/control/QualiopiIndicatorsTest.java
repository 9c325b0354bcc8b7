package fr.socle.reporting.control;

import static fr.socle.learning.boundary.EnrolmentStatus.ABANDON;
import static fr.socle.learning.boundary.EnrolmentStatus.ENTRE;
import static fr.socle.learning.boundary.EnrolmentStatus.INTERROMPU;
import static fr.socle.learning.boundary.EnrolmentStatus.TERMINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.reporting.control.QualiopiIndicators.Figure;
import fr.socle.reporting.control.QualiopiIndicators.Indicator;
import fr.socle.reporting.control.QualiopiIndicators.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualiopiIndicatorsTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant ENTERED = Instant.parse("2026-02-02T08:00:00Z");
    static final Instant ENDED = Instant.parse("2026-06-30T22:30:00Z"); // 1 July 00:30 in Paris

    static QualiopiIndicators.Enrolment e(String name, EnrolmentStatus status, boolean positioned, List<String> documents, int quizzes, int passed) {
        return new QualiopiIndicators.Enrolment("id-" + name, name, "P1", status, ENTERED, status.isEnded() ? ENDED : null,
                status == ABANDON || status == INTERROMPU ? "raison" : null, positioned, documents, quizzes, passed);
    }

    static QualiopiIndicators.Response r(String name, String kind, String score) {
        return new QualiopiIndicators.Response("id-" + name, name, "P1", kind, score == null ? null : new BigDecimal(score),
                Instant.parse("2026-07-01T10:00:00Z"));
    }

    /** Ten ended enrolments: 6 completed, 3 abandoned, 1 interrupted; 12 entered; 7 responses of the cohort, 1 of an entrant. */
    static Map<Indicator, Figure> figures() {
        List<QualiopiIndicators.Enrolment> ended = List.of(
                e("Alice", TERMINE, true, List.of("CRT-1"), 2, 2),
                e("Bruno", TERMINE, true, List.of("CRT-2"), 2, 1),
                e("Chloé", TERMINE, false, List.of(), 1, 1),
                e("David", TERMINE, true, List.of("AFF-3", "CRT-3"), 0, 0),
                e("Emma", TERMINE, false, List.of(), 3, 3),
                e("Farid", TERMINE, true, List.of(), 1, 0),
                e("Gaëlle", ABANDON, false, List.of(), 1, 0),
                e("Hugo", ABANDON, true, List.of(), 0, 0),
                e("Inès", ABANDON, false, List.of(), 0, 0),
                e("Jules", INTERROMPU, true, List.of(), 0, 0));
        List<QualiopiIndicators.Enrolment> entered = new java.util.ArrayList<>(ended);
        entered.add(e("Karim", ENTRE, true, List.of(), 0, 0));
        entered.add(e("Léa", ENTRE, false, List.of(), 0, 0));
        List<QualiopiIndicators.Response> responses = List.of(r("Alice", "HOT", "5"), r("Bruno", "HOT", "4"), r("Chloé", "HOT", "3.5"),
                r("David", "HOT", null), r("Emma", "COLD", "4"), r("Farid", "COLD", "2"), r("Gaëlle", "COLD", "3"), r("Karim", "HOT", "1"));
        return QualiopiIndicators.compute(ended, entered, responses, PARIS);
    }

    @Test
    void ratesOverTheCohortOfEnrolmentsEndedInThePeriod() {
        var f = figures();
        // completion: 6 TERMINE / 10 ended = 60 %
        assertFigure(f.get(Indicator.COMPLETION), 6, 10, 60.0);
        // drop-out: 3 ABANDON / 10 = 30 %; interruptions apart: 1 / 10 = 10 %
        assertFigure(f.get(Indicator.DROP_OUT), 3, 10, 30.0);
        assertFigure(f.get(Indicator.INTERRUPTION), 1, 10, 10.0);
        // certification: completed with a document: Alice, Bruno, David = 3 / 6 completed = 50 %
        assertFigure(f.get(Indicator.CERTIFICATION), 3, 6, 50.0);
        // positioning: over the 12 entered: Alice, Bruno, David, Farid, Hugo, Jules, Karim = 7 / 12 = 58.33 → 58.3 %
        assertFigure(f.get(Indicator.POSITIONING), 7, 12, 58.3);
        // objectives: completed with quizzes (David has none): Alice 2/2, Bruno 1/2, Chloé 1/1, Emma 3/3, Farid 0/1 → 3 / 5 = 60 %
        assertFigure(f.get(Indicator.OBJECTIVES), 3, 5, 60.0);
    }

    @Test
    void satisfactionIsTheMeanOfScoredResponsesAndTheirRateOverTheCohort() {
        var f = figures();
        Figure hot = f.get(Indicator.SATISFACTION_HOT);
        // hot: 4 of the 10 ended answered = 40 % (Karim, still in training, is not of the cohort);
        // mean of 5, 4, 3.5 (David's has no score) = 12.5 / 3 = 4.1666 → 4.17
        assertFigure(hot, 4, 10, 40.0);
        assertEquals(new BigDecimal("4.17"), hot.mean());
        assertEquals(3, hot.responses());
        Figure cold = f.get(Indicator.SATISFACTION_COLD);
        // cold: 3 / 10 = 30 %; mean (4 + 2 + 3) / 3 = 3.00
        assertFigure(cold, 3, 10, 30.0);
        assertEquals(new BigDecimal("3.00"), cold.mean());
    }

    @Test
    void everyFigureCarriesItsRowsMarkedCountedOrNotWithParisDates() {
        var f = figures();
        List<Row> certification = f.get(Indicator.CERTIFICATION).rows();
        assertEquals(List.of("Alice", "Bruno", "Chloé", "David", "Emma", "Farid"), certification.stream().map(Row::learner).toList());
        assertEquals("AFF-3 CRT-3", certification.get(3).detail());
        assertEquals(List.of(true, true, false, true, false, false), certification.stream().map(Row::counted).toList());
        assertEquals(LocalDate.of(2026, 7, 1), certification.get(0).ended(), "22:30 UTC on 30 June is 1 July in Paris");
        assertEquals("1/2", f.get(Indicator.OBJECTIVES).rows().get(1).detail());
        List<Row> hot = f.get(Indicator.SATISFACTION_HOT).rows();
        assertEquals("–", hot.get(3).detail(), "David answered without a score");
        assertEquals(null, hot.get(4).detail(), "Emma did not answer the hot survey");
        assertEquals("TERMINE", hot.get(0).status());
        for (Figure figure : f.values()) {
            assertEquals(figure.denominator(), figure.rows().size(), figure.indicator().name());
            assertEquals(figure.numerator(), figure.rows().stream().filter(Row::counted).count(), figure.indicator().name());
        }
    }

    @Test
    void aLearnerWhoAnswersTwoSurveysCountsOnceInTheRateAndTwiceInTheMean() {
        List<QualiopiIndicators.Enrolment> ended = List.of(e("Alice", TERMINE, true, List.of(), 0, 0), e("Bruno", TERMINE, true, List.of(), 0, 0));
        // Alice answered the organisation's hot survey and the programme's; a response of someone else's enrolment is ignored
        List<QualiopiIndicators.Response> responses = List.of(r("Alice", "HOT", "5"), r("Alice", "HOT", "3"), r("Zoé", "HOT", "1"));
        Figure hot = QualiopiIndicators.compute(ended, ended, responses, PARIS).get(Indicator.SATISFACTION_HOT);
        // 1 of 2 answered = 50 %, never more than the cohort; mean (5 + 3) / 2 = 4.00 over 2 scored responses
        assertFigure(hot, 1, 2, 50.0);
        assertEquals(new BigDecimal("4.00"), hot.mean());
        assertEquals(2, hot.responses());
        assertEquals("3 ; 5", hot.rows().get(0).detail(), "submitted at the same time: by score");
    }

    @Test
    void anEmptyPeriodHasNoRatesRatherThanZeroes() {
        var f = QualiopiIndicators.compute(List.of(), List.of(), List.of(), PARIS);
        for (Figure figure : f.values()) {
            assertNull(figure.rate(), figure.indicator().name());
            assertNull(figure.mean());
        }
    }

    private static void assertFigure(Figure f, long numerator, long denominator, double rate) {
        assertEquals(numerator, f.numerator(), f.indicator() + " numerator");
        assertEquals(denominator, f.denominator(), f.indicator() + " denominator");
        assertEquals(rate, f.rate(), f.indicator() + " rate");
    }
}

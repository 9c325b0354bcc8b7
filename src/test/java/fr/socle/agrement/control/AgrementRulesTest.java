package fr.socle.agrement.control;

import static fr.socle.agrement.boundary.AgrementKind.INITIAL;
import static fr.socle.agrement.boundary.AgrementKind.RENOUVELLEMENT;
import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dates of an agrément, worked out by hand. */
class AgrementRulesTest {

    private final AgrementRules rules = AgrementRules.legal();

    @Test
    void aFirstAgrementLastsTwoYearsAndARenewalFourFromTheDayAfter() {
        assertEquals(of(2026, 12, 15), AgrementRules.lastDay(INITIAL, of(2024, 12, 16)));
        assertEquals(of(2026, 12, 16), AgrementRules.renewalStart(of(2026, 12, 15)));
        assertEquals(of(2030, 12, 15), AgrementRules.lastDay(RENOUVELLEMENT, of(2026, 12, 16)));
        assertEquals(of(2027, 12, 31), AgrementRules.lastDay(INITIAL, of(2026, 1, 1)));
    }

    @Test
    void leapDaysEndOnTheLastDayOfFebruary() {
        // 2024-02-29 + 2 years: no 29 February in 2026, valid through the 28th
        assertEquals(of(2026, 2, 28), AgrementRules.lastDay(INITIAL, of(2024, 2, 29)));
        // from 1 March 2024 (the day after a 29 February): through 28 February 2026
        assertEquals(of(2026, 2, 28), AgrementRules.lastDay(INITIAL, of(2024, 3, 1)));
        // a renewal starting on 29 February 2028 ends on the eve of 29 February 2032
        assertEquals(of(2032, 2, 28), AgrementRules.lastDay(RENOUVELLEMENT, of(2028, 2, 29)));
        // one starting 1 March 2026 ends 28 February 2030
        assertEquals(of(2030, 2, 28), AgrementRules.lastDay(RENOUVELLEMENT, AgrementRules.renewalStart(of(2026, 2, 28))));
        // one from 1 March 2031 ends 28 February 2035 (2035 is not a leap year)
        assertEquals(of(2035, 2, 28), AgrementRules.lastDay(RENOUVELLEMENT, AgrementRules.renewalStart(of(2031, 2, 28))));
        // 2032 is: a renewal from 1 March 2028 ends on 29 February 2032
        assertEquals(of(2032, 2, 29), AgrementRules.lastDay(RENOUVELLEMENT, of(2028, 3, 1)));
    }

    @Test
    void theRenewalIsFiledTwoMonthsBeforeTheEndOfTheFirstAgrementAndSixBeforeTheNextOnes() {
        // expires on 16 December 2026 (valid through the 15th): file by 16 October 2026
        assertEquals(of(2026, 10, 16), rules.renewalDeadline(INITIAL, of(2026, 12, 15)));
        assertEquals(of(2030, 6, 16), rules.renewalDeadline(RENOUVELLEMENT, of(2030, 12, 15)));
    }

    @Test
    void deadlinesAtTheEndOfAMonthFallOnTheLastDayOfTheShorterMonth() {
        // expires 31 December: 31 October
        assertEquals(of(2026, 10, 31), rules.renewalDeadline(INITIAL, of(2026, 12, 30)));
        // expires 30 April 2027: 28 February 2027 (no 30 February)
        assertEquals(of(2027, 2, 28), rules.renewalDeadline(INITIAL, of(2027, 4, 29)));
        // expires 31 August 2028, six months before: 29 February 2028 (leap year)
        assertEquals(of(2028, 2, 29), rules.renewalDeadline(RENOUVELLEMENT, of(2028, 8, 30)));
    }

    @Test
    void theStateMovesFromValidToRenewToDeadlinePassedToExpired() {
        LocalDate last = of(2026, 12, 15); // deadline 16 October 2026; warnings from 16 April, 16 July, 16 September
        assertStanding(AgrementState.VALIDE, null, of(2026, 10, 16), rules.standing(INITIAL, last, of(2026, 4, 15)));
        assertStanding(AgrementState.A_RENOUVELER, "M6", of(2026, 10, 16), rules.standing(INITIAL, last, of(2026, 4, 16)));
        assertStanding(AgrementState.A_RENOUVELER, "M6", of(2026, 10, 16), rules.standing(INITIAL, last, of(2026, 7, 15)));
        assertStanding(AgrementState.A_RENOUVELER, "M3", of(2026, 10, 16), rules.standing(INITIAL, last, of(2026, 7, 16)));
        assertStanding(AgrementState.A_RENOUVELER, "M1", of(2026, 10, 16), rules.standing(INITIAL, last, of(2026, 9, 16)));
        assertStanding(AgrementState.A_RENOUVELER, "M1", of(2026, 10, 16), rules.standing(INITIAL, last, of(2026, 10, 16)));
        assertStanding(AgrementState.DEPASSE, "DEPASSE", last, rules.standing(INITIAL, last, of(2026, 10, 17)));
        assertStanding(AgrementState.DEPASSE, "DEPASSE", last, rules.standing(INITIAL, last, of(2026, 12, 15)));
        assertStanding(AgrementState.EXPIRE, "EXPIRE", null, rules.standing(INITIAL, last, of(2026, 12, 16)));
    }

    @Test
    void noAgrementIsNoneAndWarningsAreConfigurable() {
        var none = rules.standing(null, null, of(2026, 1, 1));
        assertEquals(AgrementState.AUCUN, none.state());
        assertNull(none.deadline());
        var custom = new AgrementRules(3, 6, List.of(1, 2, 2));
        assertEquals(List.of(2, 1), custom.warningMonths());
        // lead 3 months: expires 1 July 2027, deadline 1 April 2027; warnings from 1 February and 1 March
        assertEquals(of(2027, 4, 1), custom.renewalDeadline(INITIAL, of(2027, 6, 30)));
        assertStanding(AgrementState.VALIDE, null, of(2027, 4, 1), custom.standing(INITIAL, of(2027, 6, 30), of(2027, 1, 31)));
        assertStanding(AgrementState.A_RENOUVELER, "M2", of(2027, 4, 1), custom.standing(INITIAL, of(2027, 6, 30), of(2027, 2, 1)));
        assertStanding(AgrementState.A_RENOUVELER, "M1", of(2027, 4, 1), custom.standing(INITIAL, of(2027, 6, 30), of(2027, 3, 1)));
    }

    private static void assertStanding(AgrementState state, String threshold, LocalDate next, AgrementRules.Standing s) {
        assertEquals(state, s.state(), s::toString);
        assertEquals(threshold, s.threshold(), s::toString);
        assertEquals(next, s.nextDeadline(), s::toString);
    }
}

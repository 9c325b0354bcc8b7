package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Test
    void anEndLeftOutTakesItsDefault() {
        assertEquals(new Period(JAN_1, DEC_31), Period.parse(null, " ", JAN_1, DEC_31));
        assertEquals(new Period(LocalDate.of(2026, 3, 2), DEC_31), Period.parse(" 2026-03-02 ", null, JAN_1, DEC_31));
        assertEquals(new Period(JAN_1, JAN_1), Period.parse(null, "2026-01-01", JAN_1, DEC_31), "one day is a period");
    }

    @Test
    void aBadPeriodIsA400ThatSaysWhatAPeriodIs() {
        for (String[] bad : new String[][] {{"2026-13-01", null}, {"hier", null}, {"2026-03-02", "2026-03-01"}, {"1899-12-31", null},
                {null, "9999-01-01"}, {"+10000-01-01", null}}) {
            Problem p = assertThrows(Problem.class, () -> Period.parse(bad[0], bad[1], JAN_1, DEC_31), String.join(" ", bad[0] + "→" + bad[1]));
            assertEquals(Problem.Kind.BAD_REQUEST, p.kind());
            assertEquals("La période est invalide : des dates au format AAAA-MM-JJ, entre les années 1900 et 9998, la fin au plus tôt le jour du début.",
                    p.message(Locale.FRENCH), "years printed without a thousands separator");
        }
        assertThrows(Problem.class, () -> Period.parse("2026-06-01", null, JAN_1, LocalDate.of(2026, 5, 31)), "a start after the default end");
    }

    @Test
    void openEndsAreNullAndCheckedOnlyWhenBothAreGiven() {
        assertNull(Period.day(null));
        assertNull(Period.day(""));
        assertEquals(JAN_1, Period.day("2026-01-01"));
        Period.check(null, JAN_1);
        Period.check(DEC_31, null);
        Period.check(JAN_1, DEC_31);
        assertThrows(Problem.class, () -> Period.check(DEC_31, JAN_1));
    }

    @Test
    void itsInstantsAreParisDaysWithAnExclusiveEnd() {
        Period summer = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        assertEquals(Instant.parse("2026-06-30T22:00:00Z"), summer.start(Formats.PARIS));
        assertEquals(Instant.parse("2026-07-31T22:00:00Z"), summer.end(Formats.PARIS));
        assertEquals(new Period(JAN_1, DEC_31), Period.yearOf(LocalDate.of(2026, 8, 15)));
        assertEquals(LocalDate.of(2024, 12, 31), Period.yearOf(LocalDate.of(2024, 2, 29)).to());
    }
}

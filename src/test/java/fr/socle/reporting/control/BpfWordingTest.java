package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wording of every BPF line, in French (the Cerfa's) and in English (the page's translation). */
class BpfWordingTest {

    static List<BpfFigures.Line> everyLine() {
        BpfFigures f = BpfFigures.of(Year.of(2025), List.of(), List.of());
        List<BpfFigures.Line> lines = new ArrayList<>(f.byType());
        lines.add(f.typeTotal());
        lines.addAll(f.byObjective());
        lines.add(f.objectiveTotal());
        return lines;
    }

    static String wording(BpfFigures.Line line, Locale locale) {
        return BpfFigures.wording(line.frame(), line.line(), locale);
    }

    @Test
    void frenchShowsTheCerfasOwnWording() {
        for (BpfFigures.Line line : everyLine()) {
            assertEquals(line.label(), wording(line, Locale.FRENCH));
            assertEquals(line.label(), wording(line, Locale.CANADA_FRENCH));
        }
    }

    @Test
    void englishHasATranslationOfEveryLine() {
        List<BpfFigures.Line> lines = everyLine();
        assertEquals(6 + 13, lines.size(), "F-1 a to e and total; F-3 a, its 6 levels, b to f and total");
        Set<String> seen = new HashSet<>();
        for (BpfFigures.Line line : lines) {
            String english = wording(line, Locale.UK);
            assertNotEquals(line.label(), english, line.frame() + " " + line.line());
            assertFalse(english.startsWith("socle."), english);
            assertEquals(true, seen.add(english), "one wording per line: " + english);
        }
        assertEquals("of which level 5 (BTS, DUT, health and social work schools…)",
                wording(lines.stream().filter(l -> l.line().equals("a 5")).findFirst().orElseThrow(), Locale.ENGLISH));
    }
}

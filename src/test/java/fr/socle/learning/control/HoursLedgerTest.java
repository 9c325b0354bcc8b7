package fr.socle.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.socle.learning.entity.HoursEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The learner's, the module's and the organisation's totals are sums of the same entries: they always agree. */
class HoursLedgerTest {

    static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    /** A realistic cohort: 3 organisations, 120 learners, half-days of attendance, activities and a few corrections. */
    static List<HoursEntry> cohort() {
        Random random = new Random(42);
        List<HoursEntry> entries = new ArrayList<>();
        String[] modules = {"TC0", "TC1", "TC2", "TC3", "SP-INS", "ST1"};
        for (int l = 0; l < 120; l++) {
            String org = "org-" + (l % 3);
            String learner = "learner-" + l;
            for (String module : modules) {
                int halfDays = 1 + random.nextInt(4);
                for (int d = 0; d < halfDays; d++) {
                    entries.add(new HoursEntry("enr-" + l, learner, org, "CMN", module, null, HoursEntry.Source.ATTENDANCE,
                            180 + random.nextInt(31), NOW.plusSeconds(86_400L * d), NOW));
                }
                for (int a = 0; a < 3; a++) {
                    entries.add(new HoursEntry("enr-" + l, learner, org, "CMN", module, "act-" + a, HoursEntry.Source.ACTIVITY,
                            5 + random.nextInt(60), NOW, NOW));
                }
            }
            if (l % 17 == 0) {
                entries.add(new HoursEntry("enr-" + l, learner, org, "CMN", "TC1", null, HoursEntry.Source.CORRECTION, -30, NOW, NOW));
            }
        }
        return entries;
    }

    @Test
    void learnerModuleOrganisationAndSourceTotalsAllAgree() {
        List<HoursEntry> entries = cohort();
        int total = HoursLedger.totalMinutes(entries);
        assertEquals(total, HoursLedger.byLearner(entries).values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(total, HoursLedger.byOrganisation(entries).values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(total, HoursLedger.byModule(entries).values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(total, HoursLedger.bySource(entries).values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(120, HoursLedger.byLearner(entries).size());
        assertEquals(-30 * 8, HoursLedger.bySource(entries).get(HoursEntry.Source.CORRECTION), "learners 0, 17, ... 119");
    }

    @Test
    void onlyCorrectionsAreNegativeAndNothingIsZero() {
        assertThrows(IllegalArgumentException.class, () -> new HoursEntry("e", "l", "o", "P", "M", null, HoursEntry.Source.ACTIVITY, -10, NOW, NOW));
        assertThrows(IllegalArgumentException.class, () -> new HoursEntry("e", "l", "o", "P", "M", null, HoursEntry.Source.ATTENDANCE, 0, NOW, NOW));
    }

    @Test
    void minutesReadAsHours() {
        assertEquals("12 h 30", HoursLedger.hours(750));
        assertEquals("7 h", HoursLedger.hours(420));
        assertEquals("-0 h 30", HoursLedger.hours(-30));
    }
}

package fr.socle.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

    @Test
    void parametersReadBackAsTheyWereWritten() {
        var r = new ExportRequest("org", LocalDate.of(2024, 11, 22), LocalDate.of(2026, 11, 21), null);
        assertEquals("from=2024-11-22\nto=2026-11-21", r.parameters());
        assertEquals(r, ExportRequest.parse("org", r.parameters()));
        var p = new ExportRequest("org", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), "ELUS-NUM");
        assertEquals(p, ExportRequest.parse("org", p.parameters()));
    }

    @Test
    void aPeriodEndsAfterItStartsAndCoversSixYearsAtMost() {
        assertThrows(IllegalArgumentException.class, () -> new ExportRequest("org", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), null));
        assertThrows(IllegalArgumentException.class, () -> new ExportRequest("org", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 2), null));
        assertThrows(IllegalArgumentException.class, () -> new ExportRequest("org", null, LocalDate.of(2026, 1, 2), null));
        assertThrows(IllegalArgumentException.class, () -> new ExportRequest("org", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), "a\nto=x"));
    }

    @Test
    void theDefaultPeriodIsTheLastTwoYearsToToday() {
        LocalDate[] p = ExportRequest.lastTwoYears(LocalDate.of(2026, 11, 21));
        assertEquals(LocalDate.of(2024, 11, 22), p[0]);
        assertEquals(LocalDate.of(2026, 11, 21), p[1]);
    }
}

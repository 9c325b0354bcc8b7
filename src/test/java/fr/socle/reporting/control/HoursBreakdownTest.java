package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.socle.catalogue.boundary.Modality;
import fr.socle.learning.entity.LearnerProfile;
import fr.socle.learning.boundary.ProfileType;
import fr.socle.reporting.control.HoursBreakdown.Audience;
import fr.socle.reporting.control.HoursBreakdown.Entry;
import fr.socle.reporting.control.HoursBreakdown.Period;
import fr.socle.reporting.control.HoursBreakdown.Slice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursBreakdownTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final List<Entry> ENTRIES = List.of(
            new Entry("org1", "P1", "M1", Modality.PRESENTIEL, Audience.AGENT_A, Instant.parse("2026-01-15T09:00:00Z"), 180),
            new Entry("org1", "P1", "M2", Modality.DISTANCIEL_ASYNCHRONE, Audience.ELU, Instant.parse("2026-03-31T22:30:00Z"), 40),
            new Entry("org2", "P1", "M1", Modality.PRESENTIEL, Audience.AGENT_SANS_CATEGORIE, Instant.parse("2026-04-02T09:00:00Z"), 120),
            new Entry("org2", "P2", "X9", null, Audience.CONSEILLER_NUMERIQUE, Instant.parse("2026-11-20T09:00:00Z"), 90),
            new Entry("org1", "P2", "N1", Modality.MIXTE, Audience.AUTRE, Instant.parse("2027-01-05T09:00:00Z"), 60),
            new Entry("org1", "P1", "M1", Modality.PRESENTIEL, Audience.AGENT_A, Instant.parse("2026-01-16T09:00:00Z"), -30));

    @Test
    void everyBreakdownAddsUpToTheLedgerTotal() {
        var r = HoursBreakdown.of(ENTRIES, Period.QUARTER, PARIS);
        // 180 + 40 + 120 + 90 + 60 - 30 = 460
        assertEquals(460, r.minutes());
        for (List<Slice> breakdown : List.of(r.byProgramme(), r.byModality(), r.byAudience(), r.byOrganisation(), r.byPeriod())) {
            assertEquals(460, breakdown.stream().mapToInt(Slice::minutes).sum(), breakdown.toString());
        }
    }

    @Test
    void hoursByProgrammeModalityAudienceAndOrganisation() {
        var r = HoursBreakdown.of(ENTRIES, Period.YEAR, PARIS);
        // P1: 180 + 40 + 120 - 30 = 310; P2: 90 + 60 = 150
        assertEquals(List.of(new Slice("P1", 310), new Slice("P2", 150)), r.byProgramme());
        // présentiel 180 + 120 - 30 = 270, asynchrone 40, mixte 60, unknown module 90 (last)
        assertEquals(List.of(new Slice("DISTANCIEL_ASYNCHRONE", 40), new Slice("MIXTE", 60), new Slice("PRESENTIEL", 270), new Slice(null, 90)),
                r.byModality());
        assertEquals(List.of(new Slice("AGENT_A", 150), new Slice("AGENT_SANS_CATEGORIE", 120), new Slice("AUTRE", 60),
                new Slice("CONSEILLER_NUMERIQUE", 90), new Slice("ELU", 40)), r.byAudience());
        // org1: 180 + 40 + 60 - 30 = 250; org2: 120 + 90 = 210
        assertEquals(List.of(new Slice("org1", 250), new Slice("org2", 210)), r.byOrganisation());
        assertEquals(List.of(new Slice("2026", 400), new Slice("2027", 60)), r.byPeriod());
    }

    @Test
    void periodsAreParisDays() {
        // 31 March 22:30 UTC is 1 April in Paris: second quarter, April
        var quarters = HoursBreakdown.of(ENTRIES, Period.QUARTER, PARIS).byPeriod();
        assertEquals(List.of(new Slice("2026-T1", 150), new Slice("2026-T2", 160), new Slice("2026-T4", 90), new Slice("2027-T1", 60)), quarters);
        var months = HoursBreakdown.of(ENTRIES, Period.MONTH, PARIS).byPeriod();
        assertEquals(List.of(new Slice("2026-01", 150), new Slice("2026-04", 160), new Slice("2026-11", 90), new Slice("2027-01", 60)), months);
        assertEquals("2026-T3", HoursBreakdown.key(LocalDate.of(2026, 9, 30), Period.QUARTER));
    }

    @Test
    void audienceFromTheLearnersProfile() {
        assertEquals(Audience.AGENT_B, Audience.of(ProfileType.AGENT_TERRITORIAL, LearnerProfile.Category.B));
        assertEquals(Audience.AGENT_SANS_CATEGORIE, Audience.of(ProfileType.AGENT_TERRITORIAL, null));
        assertEquals(Audience.ELU, Audience.of(ProfileType.ELU, null));
        assertEquals(Audience.CONSEILLER_NUMERIQUE, Audience.of(ProfileType.CONSEILLER_NUMERIQUE, null));
        assertEquals(Audience.AUTRE, Audience.of(ProfileType.BENEVOLE, null));
        assertEquals(Audience.AUTRE, Audience.of(null, null), "no profile");
    }
}

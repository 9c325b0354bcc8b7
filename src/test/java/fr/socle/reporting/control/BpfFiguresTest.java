package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.learning.boundary.ProfileType;
import fr.socle.reporting.control.BpfFigures.Hours;
import fr.socle.reporting.control.BpfFigures.LearnerMinutes;
import fr.socle.reporting.control.BpfFigures.Line;
import fr.socle.reporting.control.BpfFigures.Trainee;
import fr.socle.reporting.control.BpfFigures.TraineeType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * BPF 2025 of a small training body. Every expected figure is worked out by hand in the comments.
 *
 * <pre>
 * learner  profile               entries in 2025 (net)                              net    F-1  main objective
 * L01      AGENT_TERRITORIAL     CMN RNCP_5 420 + 200, ACCUEIL AUTRE 90              710    e    RNCP_5 (620 > 90)
 * L02      ELU                   ELUS AUTRE 240 − 60 + 180 (31 Dec 23:30 Paris)      360    e    AUTRE
 * L03      CONSEILLER_NUMERIQUE  PIX RS 150 (1 Jan 00:30 Paris), CMN RNCP_5 150      300    e    RNCP_5 (tie, form order)
 * L04      SALARIE_PRIVE         PIX RS 45                                           45     a    RS
 * L05      DEMANDEUR_EMPLOI      BILAN 1470                                          1470   c    BILAN
 * L06      PARTICULIER           VAE 89                                              89     d    VAE
 * L07      BENEVOLE              CQP-MED CQP_NON_ENREGISTRE 30                       30     e    CQP
 * L08      AGENT_TERRITORIAL     only 31 Dec 2024 23:59 and 1 Jan 2026 00:15 Paris   0      —    not a trainee
 * L09      SALARIE_PRIVE         SECR RNCP_4 60 − 60                                 0      —    not a trainee
 * L10      (none)                SECR RNCP_4 600                                     600    e    RNCP_4
 * </pre>
 */
class BpfFiguresTest {

    static final Year Y = Year.of(2025);

    static Instant paris(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).atZone(fr.socle.platform.Formats.PARIS).toInstant();
    }

    static final List<Trainee> TRAINEES = List.of(
            new Trainee("L01", "Camille Dubois", ProfileType.AGENT_TERRITORIAL),
            new Trainee("L02", "Jean Moreau", ProfileType.ELU),
            new Trainee("L03", "Sofia Benali", ProfileType.CONSEILLER_NUMERIQUE),
            new Trainee("L04", "Lucas Petit", ProfileType.SALARIE_PRIVE),
            new Trainee("L05", "Nadia Haddad", ProfileType.DEMANDEUR_EMPLOI),
            new Trainee("L06", "Hugo Lefèvre", ProfileType.PARTICULIER),
            new Trainee("L07", "Marie Girard", ProfileType.BENEVOLE),
            new Trainee("L08", "Paul Roux", ProfileType.AGENT_TERRITORIAL),
            new Trainee("L09", "Emma Fontaine", ProfileType.SALARIE_PRIVE),
            new Trainee("L10", "=Inès Garnier", null));

    static final List<Hours> HOURS = List.of(
            new Hours("L01", "CMN", Objective.RNCP_5, 420, paris(2025, 3, 10, 9, 0)),
            new Hours("L01", "CMN", Objective.RNCP_5, 200, paris(2025, 3, 11, 9, 0)),
            new Hours("L01", "ACCUEIL", Objective.AUTRE_FORMATION, 90, paris(2025, 9, 15, 14, 0)),
            new Hours("L02", "ELUS", Objective.AUTRE_FORMATION, 240, paris(2025, 6, 2, 9, 0)),
            new Hours("L02", "ELUS", Objective.AUTRE_FORMATION, -60, paris(2025, 6, 3, 10, 0)),       // correction
            new Hours("L02", "ELUS", Objective.AUTRE_FORMATION, 180, paris(2025, 12, 31, 23, 30)),    // = 22:30 UTC, in 2025
            new Hours("L03", "PIX", Objective.REPERTOIRE_SPECIFIQUE, 150, paris(2025, 1, 1, 0, 30)), // = 2024-12-31 23:30 UTC, in 2025
            new Hours("L03", "CMN", Objective.RNCP_5, 150, paris(2025, 4, 1, 9, 0)),
            new Hours("L04", "PIX", Objective.REPERTOIRE_SPECIFIQUE, 45, paris(2025, 5, 5, 9, 0)),
            new Hours("L05", "BILAN", Objective.BILAN_COMPETENCES, 1470, paris(2025, 2, 3, 9, 0)),
            new Hours("L06", "VAE", Objective.VAE, 89, paris(2025, 10, 6, 9, 0)),
            new Hours("L07", "CQP-MED", Objective.CQP_NON_ENREGISTRE, 30, paris(2025, 11, 17, 9, 0)),
            new Hours("L08", "ELUS", Objective.AUTRE_FORMATION, 300, paris(2024, 12, 31, 23, 59)),   // 2024
            new Hours("L08", "ELUS", Objective.AUTRE_FORMATION, 300, paris(2026, 1, 1, 0, 15)),      // = 2025-12-31 23:15 UTC, yet 2026
            new Hours("L09", "SECR", Objective.RNCP_4, 60, paris(2025, 7, 1, 9, 0)),
            new Hours("L09", "SECR", Objective.RNCP_4, -60, paris(2025, 7, 2, 9, 0)),
            new Hours("L10", "SECR", Objective.RNCP_4, 600, paris(2025, 8, 25, 9, 0)));

    final BpfFigures f = BpfFigures.of(Y, TRAINEES, HOURS);

    static List<String> ids(Line l) {
        return l.learners().stream().map(LearnerMinutes::learnerId).toList();
    }

    static void assertLine(Line l, int trainees, long minutes, long hours) {
        assertEquals(trainees, l.trainees(), l.frame() + " " + l.line() + " trainees");
        assertEquals(minutes, l.minutes(), l.frame() + " " + l.line() + " minutes");
        assertEquals(hours, l.hours(), l.frame() + " " + l.line() + " hours");
    }

    @Test
    void boundariesOfTheParisYear() {
        assertEquals(Instant.parse("2024-12-31T23:00:00Z"), Y.atDay(1).atStartOfDay(fr.socle.platform.Formats.PARIS).toInstant());
        // L02's 31 Dec 23:30 Paris counts: 240 − 60 + 180 = 360
        assertEquals(360, f.line(TraineeType.AUTRES).learners().stream().filter(l -> l.learnerId().equals("L02")).findFirst().orElseThrow().minutes());
        // L03's 1 Jan 00:30 Paris (still 2024 in UTC) counts: RS 150
        assertEquals(List.of(new LearnerMinutes("L04", "Lucas Petit", ProfileType.SALARIE_PRIVE, 45, true),
                        new LearnerMinutes("L03", "Sofia Benali", ProfileType.CONSEILLER_NUMERIQUE, 150, false)),
                f.line(Objective.REPERTOIRE_SPECIFIQUE).learners());
        // L08's entries are 31 Dec 2024 and 1 Jan 2026 (Paris): no hours in 2025, not a trainee
        assertFalse(ids(f.typeTotal()).contains("L08"));
        // the same entries do make L08 a 2026 trainee: 300 min = 5 h
        BpfFigures next = BpfFigures.of(Year.of(2026), TRAINEES, HOURS);
        assertEquals(List.of("L08"), ids(next.typeTotal()));
        assertLine(next.typeTotal(), 1, 300, 5);
    }

    @Test
    void f1ByTraineeType() {
        // a salariés privés: L04 45 (L09: 60 − 60 = 0, not a trainee) → 1 trainee, 45 min, 0.75 h → 1 h
        assertLine(f.line(TraineeType.SALARIES_PRIVES), 1, 45, 1);
        assertEquals(List.of("L04"), ids(f.line(TraineeType.SALARIES_PRIVES)));
        // b apprentis: no profile type maps there
        assertLine(f.line(TraineeType.APPRENTIS), 0, 0, 0);
        // c demandeurs d'emploi: L05 1470 min = 24.5 h → 25 h (half up)
        assertLine(f.line(TraineeType.DEMANDEURS_EMPLOI), 1, 1470, 25);
        // d particuliers: L06 89 min = 1.48 h → 1 h
        assertLine(f.line(TraineeType.PARTICULIERS), 1, 89, 1);
        // e autres: L01 710 + L02 360 + L03 300 + L07 30 + L10 600 = 2000 min = 33.33 h → 33 h; 5 trainees
        assertLine(f.line(TraineeType.AUTRES), 5, 2000, 33);
        // by name: Camille Dubois, Jean Moreau, Marie Girard, Sofia Benali; "=Inès Garnier" sorts first ('=' < 'C')
        assertEquals(List.of("L10", "L01", "L02", "L07", "L03"), ids(f.line(TraineeType.AUTRES)));
        // total: 1 + 0 + 1 + 1 + 5 = 8 trainees; 45 + 0 + 1470 + 89 + 2000 = 3604 min = 60.07 h → 60 h
        assertLine(f.typeTotal(), 8, 3604, 60);
        assertEquals(8, f.trainees());
    }

    @Test
    void eachProfileTypeFallsInItsF1Line() {
        assertEquals(TraineeType.SALARIES_PRIVES, TraineeType.of(ProfileType.SALARIE_PRIVE));
        assertEquals(TraineeType.DEMANDEURS_EMPLOI, TraineeType.of(ProfileType.DEMANDEUR_EMPLOI));
        assertEquals(TraineeType.PARTICULIERS, TraineeType.of(ProfileType.PARTICULIER));
        for (ProfileType t : List.of(ProfileType.AGENT_TERRITORIAL, ProfileType.ELU, ProfileType.CONSEILLER_NUMERIQUE, ProfileType.BENEVOLE)) {
            assertEquals(TraineeType.AUTRES, TraineeType.of(t), t.name());
        }
        assertEquals(TraineeType.AUTRES, TraineeType.of(null));
        assertEquals(ProfileType.values().length, 7, "a new profile type needs its F-1 line decided");
    }

    @Test
    void f3ByObjectiveCountsEachTraineeOnceOnTheLineOfTheirMainObjective() {
        // Hours are shared out by largest remainder (total 3604 min → 60 h): whole hours a 22 (r50) b 3 (r15) c 0 (r30)
        // d 7 (r30) e 24 (r30) f 1 (r29) = 57, 3 h left → a (50), then c, d (30, before e in the form's order)
        // a RNCP: L01 620 + L03 150 + L10 600 = 1370 min = 22 h r50 → 23 h; 3 trainees (main objectives RNCP_5, RNCP_5, RNCP_4)
        assertLine(f.rncp(), 3, 1370, 23);
        assertLine(f.line(Objective.RNCP_6_8), 0, 0, 0);
        // sub-lines share a's 23 h: niveau 5 770 min = 12 h r50, niveau 4 600 = 10 h r0 → 22, 1 left → niveau 5
        // dont niveau 5: L01 620 + L03 150 = 770 min → 13 h; L03 (150 RS = 150 RNCP_5) goes to RNCP_5, first in the form
        assertLine(f.line(Objective.RNCP_5), 2, 770, 13);
        // dont niveau 4: L10 600 = 10 h (L09 nets 0 and is out)
        assertLine(f.line(Objective.RNCP_4), 1, 600, 10);
        assertEquals(List.of("L10"), ids(f.line(Objective.RNCP_4)));
        assertLine(f.line(Objective.RNCP_3), 0, 0, 0);
        assertLine(f.line(Objective.RNCP_2), 0, 0, 0);
        assertLine(f.line(Objective.RNCP_CQP), 0, 0, 0);
        // b RS: L03 150 (counted on RNCP_5) + L04 45 = 195 min = 3.25 h → 3 h; 1 trainee (L04)
        assertLine(f.line(Objective.REPERTOIRE_SPECIFIQUE), 1, 195, 3);
        // c CQP non enregistré: L07 30 min = 0 h r30 → 1 h (a shared hour)
        assertLine(f.line(Objective.CQP_NON_ENREGISTRE), 1, 30, 1);
        // d autres: L01 90 (counted on RNCP_5) + L02 360 = 450 min = 7 h r30 → 8 h; 1 trainee (L02)
        assertLine(f.line(Objective.AUTRE_FORMATION), 1, 450, 8);
        assertEquals(List.of(new LearnerMinutes("L01", "Camille Dubois", ProfileType.AGENT_TERRITORIAL, 90, false),
                new LearnerMinutes("L02", "Jean Moreau", ProfileType.ELU, 360, true)), f.line(Objective.AUTRE_FORMATION).learners());
        // e bilans: L05 1470 min = 24 h r30, no hour left for it (c and d came first) → 24 h, though 24.5 h alone rounds to 25
        // f VAE: L06 89 min = 1 h r29 → 1 h
        assertLine(f.line(Objective.BILAN_COMPETENCES), 1, 1470, 24);
        assertLine(f.line(Objective.VAE), 1, 89, 1);
        // total: 3 + 1 + 1 + 1 + 1 + 1 = 8 trainees; 1370 + 195 + 30 + 450 + 1470 + 89 = 3604 min → 60 h = 23+3+1+8+24+1
        assertLine(f.objectiveTotal(), 8, 3604, 60);
    }

    @Test
    void f1AndF3TotalsAreEqualAndLinesAddUp() {
        List<Line> f3 = f.byObjective().stream().filter(l -> !l.detail()).toList();
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), f3.stream().map(Line::line).toList());
        assertEquals(List.of("a 6-8", "a 5", "a 4", "a 3", "a 2", "a CQP"), f.byObjective().stream().filter(Line::detail).map(Line::line).toList());
        assertEquals(f.typeTotal().trainees(), f.objectiveTotal().trainees());
        assertEquals(f.typeTotal().minutes(), f.objectiveTotal().minutes());
        assertEquals(f.typeTotal().hours(), f.objectiveTotal().hours());
        assertEquals(8, f.byType().stream().mapToInt(Line::trainees).sum());
        assertEquals(8, f3.stream().mapToInt(Line::trainees).sum());
        assertEquals(3604, f3.stream().mapToLong(Line::minutes).sum());
        // hours add up too, thanks to the sharing out: F-1 1 + 0 + 25 + 1 + 33 = 60; F-3 23 + 3 + 1 + 8 + 24 + 1 = 60
        // (each line rounded on its own, F-3 would make 23 + 3 + 1 + 8 + 25 + 1 = 61 against 60)
        assertEquals(60, f.byType().stream().mapToLong(Line::hours).sum());
        assertEquals(60, f3.stream().mapToLong(Line::hours).sum());
        assertEquals(23, f.byObjective().stream().filter(Line::detail).mapToLong(Line::hours).sum());
        // a figure set that does not add up is refused
        Line a = f.line(TraineeType.SALARIES_PRIVES);
        List<Line> wrong = f.byType().stream().map(l -> l == a ? new Line(a.frame(), a.line(), a.label(), false, 2, a.minutes(), a.hours(), a.learners()) : l).toList();
        assertThrows(IllegalStateException.class, () -> new BpfFigures(Y, wrong, f.typeTotal(), f.byObjective(), f.objectiveTotal()));
        // so is one whose hours do not add up
        List<Line> wrongHours = f.byType().stream().map(l -> l == a ? new Line(a.frame(), a.line(), a.label(), false, 1, a.minutes(), 2, a.learners()) : l).toList();
        assertThrows(IllegalStateException.class, () -> new BpfFigures(Y, wrongHours, f.typeTotal(), f.byObjective(), f.objectiveTotal()));
    }

    @Test
    void aLearnerIsOutWhenTheirNetMinutesAreNotAboveZeroEvenWithPositiveHoursOnOneObjective() {
        // +60 RS, −90 AUTRE (a correction of last year's hours) → net −30: not a trainee, no line shows them
        BpfFigures g = BpfFigures.of(Y, List.of(new Trainee("X", "X", ProfileType.ELU)), List.of(
                new Hours("X", "PIX", Objective.REPERTOIRE_SPECIFIQUE, 60, paris(2025, 2, 1, 9, 0)),
                new Hours("X", "ELUS", Objective.AUTRE_FORMATION, -90, paris(2025, 2, 2, 9, 0))));
        assertLine(g.typeTotal(), 0, 0, 0);
        assertTrue(g.byObjective().stream().allMatch(l -> l.learners().isEmpty()));
    }

    @Test
    void roundingIsHalfUpOnSummedMinutes() {
        assertEquals(0, BpfFigures.hours(29));
        assertEquals(1, BpfFigures.hours(30));
        assertEquals(1, BpfFigures.hours(89));
        assertEquals(2, BpfFigures.hours(90));
        assertEquals(0, BpfFigures.hours(-30));
        // two learners of 30 min each: 1 h each on their own, but 60 min = 1 h together, not 2
        BpfFigures g = BpfFigures.of(Y, List.of(new Trainee("A", "A", ProfileType.PARTICULIER), new Trainee("B", "B", ProfileType.PARTICULIER)),
                List.of(new Hours("A", "VAE", Objective.VAE, 30, paris(2025, 3, 1, 9, 0)), new Hours("B", "VAE", Objective.VAE, 30, paris(2025, 3, 1, 9, 0))));
        assertEquals(List.of(1L, 1L), g.line(TraineeType.PARTICULIERS).learners().stream().map(LearnerMinutes::hours).toList());
        assertLine(g.line(TraineeType.PARTICULIERS), 2, 60, 1);
    }

    @Test
    void shareOutByLargestRemainder() {
        // 50 + 50 + 50 min = 150 min → 3 h (2.5 half up); whole hours 0 + 0 + 0, 3 left → one each
        assertEquals(List.of(1L, 1L, 1L), BpfFigures.shareOut(3, List.of(50L, 50L, 50L)));
        // 40 + 40 + 40 = 120 min → 2 h: equal remainders, the first two in order get them
        assertEquals(List.of(1L, 1L, 0L), BpfFigures.shareOut(2, List.of(40L, 40L, 40L)));
        // 100 (1 h r40) + 20 (0 h r20) + 130 (2 h r10) = 250 min → 4 h; whole 3, 1 left → the largest remainder, 40
        assertEquals(List.of(2L, 0L, 2L), BpfFigures.shareOut(4, List.of(100L, 20L, 130L)));
        // a negative line (a correction): −30 = −1 h r30, 90 = 1 h r30 → 60 min = 1 h; whole 0, 1 left → the first
        assertEquals(List.of(0L, 1L), BpfFigures.shareOut(1, List.of(-30L, 90L)));
        assertEquals(List.of(), BpfFigures.shareOut(0, List.of()));
    }

    @Test
    void objectiveOfAProgrammeFromItsCertification() {
        // the seed cursus CMN: titre pro REMN, level 5
        assertEquals(Objective.RNCP_5, Objective.of("Titre professionnel Responsable d'espace de médiation numérique (REMN), niveau 5 "
                + "— bloc CCP1 visé par le tronc commun", 5));
        // the élus' and agents' parcours: no certification
        assertEquals(Objective.AUTRE_FORMATION, Objective.of(null, null));
        assertEquals(Objective.AUTRE_FORMATION, Objective.of("  ", 3));
        // the level of the version wins; else the text's "niveau N"
        assertEquals(Objective.RNCP_4, Objective.of("Titre professionnel Conseiller médiateur numérique, niveau 5", 4));
        assertEquals(Objective.RNCP_3, Objective.of("CAP Accompagnant éducatif petite enfance (RNCP 38565), niveau 3", null));
        assertEquals(Objective.RNCP_6_8, Objective.of("Master Humanités numériques", 7));
        assertEquals(Objective.RNCP_6_8, Objective.of("Licence professionnelle", 6));
        assertEquals(Objective.RNCP_2, Objective.of("Titre de niveau 2", null));
        assertEquals(Objective.RNCP_2, Objective.of("Certification de niveau 1", null));
        // the répertoire spécifique, by name or by its code
        assertEquals(Objective.REPERTOIRE_SPECIFIQUE, Objective.of("Certification Pix (RS 5875)", null));
        assertEquals(Objective.REPERTOIRE_SPECIFIQUE, Objective.of("Certificat CléA numérique, inscrit au répertoire spécifique", 2));
        assertEquals(Objective.REPERTOIRE_SPECIFIQUE, Objective.of("Habilitation électrique B0", null));
        // "rs" inside a word or in lower case is not the RS
        assertEquals(Objective.RNCP_5, Objective.of("Titre pour les versions de cours, niveau 5", null));
        // CQP: registered (with or without a level), or not
        assertEquals(Objective.RNCP_CQP, Objective.of("CQP Animateur de loisir sportif", null));
        assertEquals(Objective.RNCP_4, Objective.of("CQP Technicien de maintenance", 4));
        assertEquals(Objective.CQP_NON_ENREGISTRE, Objective.of("CQP de branche non enregistré", null));
        // bilans and VAE
        assertEquals(Objective.BILAN_COMPETENCES, Objective.of("Bilan de compétences", null));
        assertEquals(Objective.VAE, Objective.of("Accompagnement VAE vers le titre REMN", 5));
        // a certification without any level cannot go in line a
        assertEquals(Objective.AUTRE_FORMATION, Objective.of("Attestation de l'organisme", null));
    }

    @Test
    void refusesHoursOfAnUnknownLearnerAndRepeatedLearners() {
        assertThrows(IllegalArgumentException.class, () -> BpfFigures.of(Y, List.of(),
                List.of(new Hours("Z", "VAE", Objective.VAE, 30, paris(2025, 3, 1, 9, 0)))));
        assertThrows(IllegalArgumentException.class, () -> BpfFigures.of(Y,
                List.of(new Trainee("A", "A", null), new Trainee("A", "B", null)), List.of()));
    }

    static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "UTF-8 with a BOM");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void csvOfTheFiguresAndOfTheLearners() throws Exception {
        List<CSVRecord> rows = parse(BpfCsv.figures(f));
        // 5 F-1 lines + total + F-3 a + 6 sub-lines + b..f + total = 5 + 1 + 1 + 6 + 5 + 1 = 19
        assertEquals(19, rows.size());
        CSVRecord c = rows.get(2);
        assertEquals(List.of("2025", "F-1", "c", "Personnes en recherche d’emploi formées par votre organisme de formation", "1", "25", "1470"), c.toList());
        CSVRecord total = rows.get(18);
        assertEquals(List.of("F-3", "total", "8", "60", "3604"), List.of(total.get("cadre"), total.get("ligne"), total.get("stagiaires"),
                total.get("heures_stagiaires"), total.get("minutes")));

        List<CSVRecord> learners = parse(BpfCsv.learners(f));
        // learners per line: F-1 1+0+1+1+5 + total 8 = 16; F-3 a 3 + sub-lines 2+1 + b 2 + c 1 + d 2 + e 1 + f 1 + total 8 = 21
        assertEquals(37, learners.size());
        CSVRecord l01 = learners.stream().filter(r -> r.get("cadre").equals("F-3") && r.get("ligne").equals("d") && r.get("apprenant").equals("L01"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Camille Dubois", "AGENT_TERRITORIAL", "90", "2", "non"),
                List.of(l01.get("nom"), l01.get("type_profil"), l01.get("minutes"), l01.get("heures"), l01.get("compte_dans_la_ligne")));
        CSVRecord l10 = learners.get(3); // F-1 a L04, c L05, d L06, then e starts with "=Inès Garnier"
        assertEquals("L10", l10.get("apprenant"));
        assertEquals("'=Inès Garnier", l10.get("nom"), "a name that looks like a formula is neutralised");
        assertEquals("", l10.get("type_profil"));
    }
}

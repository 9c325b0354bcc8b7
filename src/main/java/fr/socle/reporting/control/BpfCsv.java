package fr.socle.reporting.control;

import fr.socle.platform.SpreadsheetCsv;
import fr.socle.reporting.control.BpfFigures.LearnerMinutes;
import java.util.ArrayList;
import java.util.List;

/**
 * The BPF figures as CSV files for French spreadsheets: UTF-8 with a byte order mark (so the accents
 * read right), semicolons between cells, CRLF between lines. Two files: the figures, one line per
 * line of the form; and the learners behind each line. Text a spreadsheet would run as a formula
 * (a name starting with "=", "+", "-", "@"…) is prefixed with an apostrophe.
 */
public final class BpfCsv {

    public static final List<String> FIGURES_HEADER = List.of("exercice", "cadre", "ligne", "libelle", "stagiaires", "heures_stagiaires", "minutes");
    public static final List<String> LEARNERS_HEADER = List.of("exercice", "cadre", "ligne", "libelle", "apprenant", "nom", "type_profil",
            "minutes", "heures", "compte_dans_la_ligne");


    private BpfCsv() {
    }

    /** One CSV line per line of the form: F-1 a to e, F-1 total, F-3 a, its sub-lines, b to f, F-3 total. */
    public static byte[] figures(BpfFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        f.lines().forEach(l -> rows.add(List.of(f.year().getValue(), l.frame(), l.line(), l.label(), l.trainees(), l.hours(), l.minutes())));
        return write(FIGURES_HEADER, rows);
    }

    /** One CSV line per learner behind each line of the form (sub-lines and totals included), in the order of {@link #figures}. */
    public static byte[] learners(BpfFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        f.lines().forEach(l -> {
            for (LearnerMinutes m : l.learners()) {
                rows.add(List.of(f.year().getValue(), l.frame(), l.line(), l.label(), m.learnerId(), m.displayName() == null ? "" : m.displayName(),
                        m.type() == null ? "" : m.type().name(), m.minutes(), m.hours(), m.counted() ? "oui" : "non"));
            }
        });
        return write(LEARNERS_HEADER, rows);
    }


    private static byte[] write(List<String> header, List<List<Object>> rows) {
        return SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, header, rows);
    }
}

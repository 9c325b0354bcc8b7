package fr.socle.reporting.control;

import fr.socle.platform.ReportPdf;
import fr.socle.platform.Xlsx;
import fr.socle.reporting.control.BpfFigures.LearnerMinutes;
import fr.socle.reporting.control.BpfFigures.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * The BPF figures as a workbook and as a PDF, with the same lines, wording and figures as
 * {@link BpfCsv}: frame F-1 (trainee types a to e and total), frame F-3 (objectives a, its "dont"
 * sub-lines, b to f and total), then the learners behind each line.
 */
public final class BpfDocuments {

    static final List<String> FIGURES_HEADER = List.of("Cadre", "Ligne", "Libellé", "Nombre de stagiaires", "Nombre d’heures-stagiaires",
            "Minutes");
    static final List<String> LEARNERS_HEADER = List.of("Cadre", "Ligne", "Apprenant", "Nom", "Type de profil", "Minutes", "Heures",
            "Compté dans la ligne");

    private BpfDocuments() {
    }

    /** Three sheets: "F-1", "F-3", "Apprenants". */
    public static byte[] xlsx(BpfFigures f, String organisation) {
        Xlsx x = new Xlsx();
        x.sheet("F-1", FIGURES_HEADER);
        f.f1().forEach(l -> x.row(figures(l)));
        x.widths(7, 8, 70, 12, 14, 10);
        x.sheet("F-3", FIGURES_HEADER);
        f.f3().forEach(l -> x.row(figures(l)));
        x.widths(7, 8, 70, 12, 14, 10);
        x.sheet("Apprenants", LEARNERS_HEADER);
        f.lines().forEach(l -> l.learners().forEach(m -> x.row(learner(l, m))));
        return x.bytes();
    }

    /** The figures as a French, tagged PDF: the organisation and year, F-1, F-3, then the learners of each line. */
    public static byte[] pdf(BpfFigures f, String organisation) {
        ReportPdf r = ReportPdf.titled("Bilan pédagogique et financier " + f.year().getValue() + " — " + organisation)
                .paragraph("Cerfa 10443, cadres F-1 et F-3 : exercice du 1er janvier au 31 décembre " + f.year().getValue()
                        + " (heure de Paris), calculé sur le registre des heures ; les heures de chaque total sont réparties entre ses "
                        + "lignes au plus fort reste.");
        List<String> header = List.of("Ligne", "Libellé", "Nombre de stagiaires", "Nombre d’heures-stagiaires");
        r.styledTable("F-1. Type de stagiaires de l’organisme", header, f.f1().stream().map(BpfDocuments::row).toList());
        r.styledTable("F-3. Objectif général des prestations dispensées", header,
                f.f3().stream().map(BpfDocuments::row).toList());
        r.heading("Apprenants de chaque ligne");
        f.lines().stream().filter(l -> !l.learners().isEmpty() && !"total".equals(l.line())).forEach(l -> r.table(
                l.frame() + " " + l.line() + " — " + l.label(), List.of("Nom", "Minutes", "Heures", "Compté dans la ligne"),
                l.learners().stream().map(m -> List.<Object>of(m.displayName() == null ? m.learnerId() : m.displayName(), m.minutes(), m.hours(),
                        m.counted())).toList()));
        return r.pdf();
    }

    private static ReportPdf.Row row(Line l) {
        String label = l.label();
        String letter = "total".equals(l.line()) ? "Total" : l.detail() ? "" : l.line();
        return new ReportPdf.Row(List.of(letter, label, l.trainees(), l.hours()),
                "total".equals(l.line()) ? ReportPdf.Style.STRONG : l.detail() ? ReportPdf.Style.DETAIL : ReportPdf.Style.PLAIN);
    }

    private static List<Object> figures(Line l) {
        List<Object> row = new ArrayList<>();
        row.add(l.frame());
        row.add(l.line());
        row.add(l.label());
        row.add(l.trainees());
        row.add(l.hours());
        row.add(l.minutes());
        return row;
    }

    private static List<Object> learner(Line l, LearnerMinutes m) {
        List<Object> row = new ArrayList<>();
        row.add(l.frame());
        row.add(l.line());
        row.add(m.learnerId());
        row.add(m.displayName());
        row.add(m.type() == null ? null : m.type().name());
        row.add(m.minutes());
        row.add(m.hours());
        row.add(m.counted());
        return row;
    }

}

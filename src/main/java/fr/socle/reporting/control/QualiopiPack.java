package fr.socle.reporting.control;

import fr.socle.platform.HtmlPdf;
import fr.socle.platform.HtmlTemplate;
import fr.socle.platform.Formats;
import fr.socle.platform.SpreadsheetCsv;
import fr.socle.reporting.control.QualiopiIndicators.Figure;
import fr.socle.reporting.control.QualiopiIndicators.Indicator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Qualiopi audit pack as a ZIP: {@code index.pdf}, a tagged PDF in French listing each Qualiopi
 * indicator evidenced (1, 2, 3, 8, 10, 11, 12, 30, 31, 32), its figure and the file of the pack that
 * holds the rows behind it; then those files, CSVs a spreadsheet opens (semicolons, UTF-8 with BOM).
 * The documents are in French, as the audit is.
 */
public final class QualiopiPack {

    static final List<String> ROW_HEADER = List.of("Apprenant", "Programme", "Statut", "Entrée", "Fin", "Détail", "Compté");

    /** What goes into the pack: the indicators, the hours, and the rows of the programmes, complaints and improvement actions. */
    public record Contents(String organisation, String programme, LocalDate from, LocalDate to, Map<Indicator, Figure> figures,
                           List<QualiopiIndicators.Response> responses, HoursBreakdown.Result hours, Map<String, String> organisationNames, List<List<Object>> programmes,
                           List<List<Object>> complaints, List<List<Object>> actions) {
    }

    /** The file of each indicator, and what it is called in the index. */
    public static String file(Indicator indicator) {
        return switch (indicator) {
            case COMPLETION -> "taux-achevement.csv";
            case DROP_OUT -> "taux-abandon.csv";
            case INTERRUPTION -> "interruptions.csv";
            case CERTIFICATION -> "taux-certification.csv";
            case POSITIONING -> "positionnement-entree.csv";
            case OBJECTIVES -> "objectifs-atteints.csv";
            case SATISFACTION_HOT -> "satisfaction-a-chaud.csv";
            case SATISFACTION_COLD -> "satisfaction-a-froid.csv";
        };
    }

    static String label(Indicator indicator) {
        return switch (indicator) {
            case COMPLETION -> "Taux d’achèvement (terminées / sorties de la période)";
            case DROP_OUT -> "Taux d’abandon (abandons / sorties de la période)";
            case INTERRUPTION -> "Interruptions (interrompues / sorties de la période)";
            case CERTIFICATION -> "Taux de certification (terminées avec un document / terminées)";
            case POSITIONING -> "Positionnement à l’entrée (entrées positionnées / entrées de la période)";
            case OBJECTIVES -> "Objectifs atteints (évaluations réussies / terminées évaluées)";
            case SATISFACTION_HOT -> "Satisfaction à chaud (note moyenne sur 5, sortants ayant répondu / sorties)";
            case SATISFACTION_COLD -> "Satisfaction à froid (note moyenne sur 5, sortants ayant répondu / sorties)";
        };
    }

    private QualiopiPack() {
    }

    /** The number of files in a pack: the index, one CSV per indicator, the responses, hours, programmes, complaints and actions. */
    public static final int FILES = 1 + Indicator.values().length + 5;

    /** Writes the pack's entries to {@code out}, which stays open. */
    public static void write(Contents c, ZipOutputStream out) throws IOException {
        write(c, out, () -> { });
    }

    /** Writes the pack's entries to {@code out}, which stays open, calling {@code written} after each of its {@link #FILES} files. */
    public static void write(Contents c, ZipOutputStream out, Runnable written) throws IOException {
        Entries files = (name, bytes) -> {
            entry(out, name, bytes);
            written.run();
        };
        files.add("index.pdf", HtmlPdf.shared().render(index(c), Map.of()));
        for (Indicator indicator : Indicator.values()) {
            List<List<Object>> rows = new ArrayList<>();
            for (QualiopiIndicators.Row r : c.figures().get(indicator).rows()) {
                rows.add(List.of(r.learner(), r.programme(), r.status(), r.entered() == null ? "" : r.entered().toString(),
                        r.ended() == null ? "" : r.ended().toString(), r.detail() == null ? "" : r.detail(), r.counted() ? "oui" : "non"));
            }
            files.add(file(indicator), SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, ROW_HEADER, rows));
        }
        List<List<Object>> responses = new ArrayList<>();
        for (QualiopiIndicators.Response r : c.responses()) {
            responses.add(List.of("HOT".equals(r.kind()) ? "à chaud" : "à froid", r.learner(), r.programme(),
                    r.submittedAt().atZone(Formats.PARIS).toLocalDate().toString(), r.score() == null ? "" : r.score().stripTrailingZeros().toPlainString()));
        }
        files.add("reponses-satisfaction.csv", SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, List.of("Enquête", "Apprenant", "Programme", "Date", "Note"), responses));
        List<List<Object>> hours = new ArrayList<>();
        slices(hours, "Programme", c.hours().byProgramme(), null);
        slices(hours, "Modalité", c.hours().byModality(), null);
        slices(hours, "Public", c.hours().byAudience(), null);
        slices(hours, "Organisation", c.hours().byOrganisation(), c.organisationNames());
        slices(hours, "Mois", c.hours().byPeriod(), null);
        files.add("heures-realisees.csv", SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, List.of("Répartition", "Valeur", "Minutes", "Heures"), hours));
        files.add("programmes.csv", SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, List.of("Programme", "Version", "Intitulé", "Objectifs", "Prérequis",
                "Modalités d’évaluation", "Accessibilité", "Tarif", "Délai d’accès", "Certification visée", "Publiée le"), c.programmes()));
        files.add("reclamations.csv", SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, List.of("Reçue le", "Canal", "Nature", "Auteur", "Programme", "Objet",
                "Description", "Statut", "Traitement", "Réponse le", "Close le"), c.complaints()));
        files.add("actions-amelioration.csv", SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, List.of("Créée le", "Origine", "Intitulé", "Description",
                "Responsable", "Échéance", "Statut", "Réalisée le"), c.actions()));
    }

    private static void slices(List<List<Object>> rows, String breakdown, List<HoursBreakdown.Slice> slices, Map<String, String> names) {
        for (HoursBreakdown.Slice s : slices) {
            String key = s.key() == null ? "inconnue" : names == null ? s.key() : names.getOrDefault(s.key(), s.key());
            rows.add(List.of(breakdown, key, s.minutes(), Formats.minutesAsHours(s.minutes())));
        }
        rows.add(List.of(breakdown, "Total", slices.stream().mapToInt(HoursBreakdown.Slice::minutes).sum(), ""));
    }

    private interface Entries {
        void add(String name, byte[] bytes) throws IOException;
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** The figure of an indicator as the index prints it: "6 / 10 (60,0 %)", and the mean for satisfaction. */
    public static String figure(Figure f) {
        String rate = f.rate() == null ? "sans objet" : String.format(java.util.Locale.FRENCH, "%.1f %%", f.rate());
        String share = f.numerator() + " / " + f.denominator() + " (" + rate + ")";
        if (f.indicator() == Indicator.SATISFACTION_HOT || f.indicator() == Indicator.SATISFACTION_COLD) {
            String mean = f.mean() == null ? "sans objet" : f.mean().toPlainString().replace('.', ',') + " / 5";
            return "note moyenne " + mean + " ; répondants " + share;
        }
        return share;
    }

    /** The index page, XHTML: one table of the indicators with their figures and files. */
    static String index(Contents c) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH);
        String period = "du " + day.format(c.from()) + " au " + day.format(c.to());
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>Dossier Qualiopi — ").append(esc(c.organisation())).append(" — ").append(period).append("</title>")
                .append("<meta name=\"author\" content=\"").append(esc(c.organisation())).append("\"/>")
                .append("<meta name=\"subject\" content=\"Indicateurs Qualiopi et pièces justificatives\"/>")
                .append("<style>@page { size: A4 portrait; margin: 14mm 16mm; } body { font-family: \"DejaVu Sans\", \"DejaVu Sans Complete\"; ")
                .append("font-size: 9pt; color: #1e1e1e; } h1 { font-size: 15pt; color: #000091; } h2 { font-size: 11pt; } ")
                .append("table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #666; padding: 1.5mm; text-align: left; ")
                .append("vertical-align: top; } th { background: #eeeeee; } td.file { white-space: nowrap; font-size: 8pt; }</style></head><body>");
        h.append("<h1>Dossier de preuves Qualiopi</h1>");
        h.append("<table><tr><th scope=\"row\">Organisme</th><td>").append(esc(c.organisation())).append("</td></tr>")
                .append("<tr><th scope=\"row\">Période</th><td>").append(period).append(" (jours de Paris)</td></tr>")
                .append("<tr><th scope=\"row\">Programme</th><td>").append(c.programme() == null ? "tous" : esc(c.programme())).append("</td></tr>")
                .append("<tr><th scope=\"row\">Heures réalisées</th><td>").append(Formats.minutesAsHours(c.hours().minutes()))
                .append(" (").append(c.hours().minutes()).append(" minutes)</td></tr></table>");
        h.append("<h2>Indicateurs et pièces</h2><table><tr><th scope=\"col\">Indicateur Qualiopi</th><th scope=\"col\">Mesure</th>")
                .append("<th scope=\"col\">Résultat</th><th scope=\"col\">Fichier</th></tr>");
        row(h, "1", "Information publique sur les prestations (objectifs, prérequis, évaluation, accessibilité, tarifs, délais)",
                c.programmes().size() + " programme(s) publié(s)", "programmes.csv");
        for (Indicator indicator : Indicator.values()) {
            row(h, indicator.qualiopi(), label(indicator), figure(c.figures().get(indicator)), file(indicator));
        }
        row(h, "10", "Suivi de la réalisation : heures réalisées (registre des heures) par programme, modalité, public, organisation et mois",
                Formats.minutesAsHours(c.hours().minutes()), "heures-realisees.csv");
        row(h, "30", "Recueil des appréciations : réponses aux enquêtes de satisfaction", c.responses().size() + " réponse(s)", "reponses-satisfaction.csv");
        row(h, "31", "Traitement des réclamations et difficultés : registre", c.complaints().size() + " réclamation(s)", "reclamations.csv");
        row(h, "32", "Mesures d’amélioration continue", c.actions().size() + " action(s)", "actions-amelioration.csv");
        h.append("</table><p>Chaque fichier CSV liste les lignes derrière le chiffre (colonne « Compté » : oui quand la ligne entre au numérateur). ")
                .append("Les heures sont des sommes des mêmes écritures du registre des heures : chaque répartition donne le même total.</p>")
                .append("</body></html>");
        return h.toString();
    }

    private static void row(StringBuilder h, String qualiopi, String measure, String result, String file) {
        h.append("<tr><td>").append(qualiopi).append("</td><td>").append(esc(measure)).append("</td><td>").append(esc(result))
                .append("</td><td class=\"file\">").append(file).append("</td></tr>");
    }

    static String esc(String s) {
        return HtmlTemplate.escape(s);
    }
}

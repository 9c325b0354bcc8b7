package fr.socle.export.control;

import fr.socle.platform.HtmlTemplate;
import fr.socle.platform.Formats;
import fr.socle.platform.SpreadsheetCsv;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The élus' agrément dossier of a training body for a period, from the rows its queries read: the
 * names of its files, its two CSV files, and the XHTML of its PDF parts (the index, each programme's
 * information sheet, the trainers). No database here: every figure of the index is computed from the
 * rows, and the hours total is the sum of the ledger rows, never a separate figure.
 */
public final class AgrementDossier {

    public static final String INDEX = "index.pdf";
    public static final String TRAINERS = "formateurs.pdf";
    public static final String SESSIONS = "sessions.csv";
    public static final String HOURS = "heures-elus.csv";

    private static final DateTimeFormatter DAY = Formats.FRENCH_DAY;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private AgrementDossier() {
    }

    /** A module of a programme's sheet. */
    public record ModuleLine(String code, String title, BigDecimal hours, String modality) {
    }

    /** A programme's public information sheet, as delivered (the version the élus followed). */
    public record ProgrammeSheet(String code, int version, String title, String audience, List<String> objectives, BigDecimal hours,
                                 String prerequisites, String assessment, String accessibility, List<ModuleLine> modules) {
    }

    /** A qualification of a trainer, as recorded. */
    public record Qualification(String title, String awardedBy, LocalDate obtainedOn, LocalDate validUntil, String description) {
    }

    /** A trainer who ran sessions of the period (counter-signed their sheets), with the qualifications in force. */
    public record Trainer(String id, String name, int sessions, List<Qualification> qualifications) {
    }

    /** A session with half-days in the period. */
    public record Session(String id, String programme, String module, String title, LocalDate first, LocalDate last, String place,
                          List<String> trainers, int learners) {
    }

    /** Ledger minutes of an élu in a programme, over the period. */
    public record Hours(String learnerId, String learner, String programme, int minutes) {
    }

    /** A sealed half-day sheet of the period. */
    public record SheetRef(String halfDayId, String sessionId, LocalDate date, String period) {
        public String fileName() {
            return "emargement/" + safe(sessionId) + "-" + date + "-" + ("MATIN".equals(period) ? "matin" : "apres-midi") + ".pdf";
        }
    }

    /** An issued document of the period, its sealed PDF copied byte for byte. */
    public record DocumentRef(String certificateId, String code, String kind, String holder, String programme, int minutes,
                              Instant issuedAt, boolean revoked) {
        public String fileName() {
            return "documents/" + safe(code) + ".pdf";
        }
    }

    /** Everything the dossier states. */
    public record Contents(String organisation, String siret, String agrement, LocalDate from, LocalDate to, List<ProgrammeSheet> programmes,
                           List<Trainer> trainers, List<Session> sessions, List<Hours> hours, List<SheetRef> sheets,
                           List<DocumentRef> documents) {
    }

    /** The figures of the index, from the rows. */
    public record Figures(int programmes, int trainers, int sessions, int learners, int elus, int minutes, int sheets,
                          Map<String, Integer> documentsByKind) {
    }

    public static Figures figures(Contents c) {
        Map<String, Integer> byKind = new TreeMap<>();
        c.documents().forEach(d -> byKind.merge(d.kind(), 1, Integer::sum));
        return new Figures(c.programmes().size(), c.trainers().size(), c.sessions().size(),
                c.sessions().stream().mapToInt(Session::learners).sum(),
                (int) c.hours().stream().map(Hours::learnerId).distinct().count(),
                c.hours().stream().mapToInt(Hours::minutes).sum(), c.sheets().size(), byKind);
    }

    /** programmes/&lt;code&gt;.pdf */
    public static String programmeFile(String code) {
        return "programmes/" + safe(code) + ".pdf";
    }

    /** A name part with only letters, digits, '.', '_' and '-' (anything else becomes '_'), never "." or "..". */
    public static String safe(String part) {
        String s = UNSAFE.matcher(part == null ? "" : part).replaceAll("_");
        return s.isEmpty() || s.chars().allMatch(ch -> ch == '.') ? "_" : s;
    }

    /** Every file of the dossier, index first, in the order they are written. */
    public static List<String> files(Contents c) {
        Set<String> names = new LinkedHashSet<>();
        names.add(INDEX);
        c.programmes().forEach(p -> names.add(programmeFile(p.code())));
        names.add(TRAINERS);
        names.add(SESSIONS);
        names.add(HOURS);
        c.sheets().forEach(s -> names.add(s.fileName()));
        c.documents().forEach(d -> names.add(d.fileName()));
        return List.copyOf(names);
    }

    public static byte[] sessionsCsv(List<Session> sessions) {
        List<List<Object>> rows = new ArrayList<>();
        for (Session s : sessions) {
            rows.add(List.of(s.programme(), s.module() == null ? "" : s.module(), s.title(), s.first().toString(), s.last().toString(),
                    s.place() == null ? "" : s.place(), String.join(", ", s.trainers()), s.learners()));
        }
        return SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, List.of("programme", "module", "session", "debut", "fin", "lieu", "formateurs", "apprenants"), rows);
    }

    public static byte[] hoursCsv(List<Hours> hours) {
        List<List<Object>> rows = new ArrayList<>();
        for (Hours h : hours) {
            rows.add(List.of(h.learner(), h.programme(), h.minutes(), Formats.minutesAsHours(h.minutes())));
        }
        return SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, List.of("elu", "programme", "minutes", "heures"), rows);
    }

    /** The index: who, which period, the figures, and every file with what it holds. */
    public static String indexHtml(Contents c, String styleSheet) {
        Figures f = figures(c);
        StringBuilder b = head("Dossier d’agrément pour la formation des élus — " + c.organisation(), styleSheet);
        b.append("<h1>Dossier d’agrément — formation des élus locaux</h1>");
        b.append("<table class=\"facts\"><caption>Organisme et période</caption>");
        row(b, "Organisme de formation", c.organisation() + (c.siret() == null ? "" : ", SIRET " + c.siret()));
        row(b, "Numéro d’agrément", c.agrement() == null || c.agrement().isBlank() ? "non renseigné" : c.agrement());
        row(b, "Période", "du " + DAY.format(c.from()) + " au " + DAY.format(c.to()));
        b.append("</table>");
        b.append("<h2>Chiffres de la période</h2><table class=\"facts\"><caption>Chiffres</caption>");
        row(b, "Programmes suivis par des élus", String.valueOf(f.programmes()));
        row(b, "Formateurs", String.valueOf(f.trainers()));
        row(b, "Sessions", String.valueOf(f.sessions()));
        row(b, "Apprenants inscrits aux sessions", String.valueOf(f.learners()));
        row(b, "Élus formés (heures au registre)", String.valueOf(f.elus()));
        row(b, "Total des heures des élus (registre des heures)", Formats.minutesAsHours(f.minutes()) + " (" + f.minutes() + " minutes)");
        row(b, "Feuilles d’émargement scellées", String.valueOf(f.sheets()));
        f.documentsByKind().forEach((kind, n) -> row(b, "Documents délivrés : " + kindLabel(kind), String.valueOf(n)));
        b.append("</table>");
        b.append("<h2>Pièces du dossier</h2><table class=\"facts\"><caption>Pièces</caption>"
                + "<thead><tr><th scope=\"col\">Fichier</th><th scope=\"col\">Contenu</th></tr></thead><tbody>");
        file(b, INDEX, "ce sommaire");
        for (ProgrammeSheet p : c.programmes()) {
            file(b, programmeFile(p.code()), "fiche d’information du programme " + p.code() + " (version " + p.version() + ") : " + p.title()
                    + ", " + hours(p.hours()));
        }
        file(b, TRAINERS, f.trainers() + " formateur(s) et leurs qualifications");
        file(b, SESSIONS, f.sessions() + " session(s) : programme, module, dates, lieu, formateurs, nombre d’apprenants");
        file(b, HOURS, c.hours().size() + " ligne(s) par élu et programme, total " + Formats.minutesAsHours(f.minutes())
                + " (" + f.minutes() + " minutes)");
        for (SheetRef s : c.sheets()) {
            file(b, s.fileName(), "feuille d’émargement scellée du " + DAY.format(s.date()) + ("MATIN".equals(s.period()) ? ", matin" : ", après-midi"));
        }
        for (DocumentRef d : c.documents()) {
            file(b, d.fileName(), kindLabel(d.kind()) + " " + d.code() + " délivré(e) à " + d.holder() + " (" + d.programme() + ", "
                    + Formats.minutesAsHours(d.minutes()) + ")" + (d.revoked() ? ", révoqué(e) depuis" : ""));
        }
        b.append("</tbody></table>");
        b.append("<p>Les heures proviennent du registre des heures de Socle (émargements scellés, activités suivies, corrections) : "
                + "le total ci-dessus est la somme des lignes de ").append(HOURS).append(".</p>");
        return b.append("</body></html>").toString();
    }

    /** A programme's information sheet. */
    public static String programmeHtml(ProgrammeSheet p, String organisation, String styleSheet) {
        StringBuilder b = head("Fiche d’information — " + p.code() + " — " + p.title(), styleSheet);
        b.append("<h1>").append(esc(p.title())).append("</h1>");
        b.append("<p class=\"legal\">Programme ").append(esc(p.code())).append(", version ").append(p.version())
                .append(" — ").append(esc(organisation)).append("</p>");
        b.append("<table class=\"facts\"><caption>Fiche d’information</caption>");
        row(b, "Public", p.audience());
        row(b, "Durée", hours(p.hours()));
        row(b, "Prérequis", blank(p.prerequisites()));
        row(b, "Modalités d’évaluation", blank(p.assessment()));
        row(b, "Accessibilité", blank(p.accessibility()));
        b.append("</table><h2>Objectifs</h2><ul>");
        p.objectives().forEach(o -> b.append("<li>").append(esc(o)).append("</li>"));
        b.append("</ul><h2>Modules</h2><table class=\"facts\"><caption>Modules du programme</caption><thead><tr>"
                + "<th scope=\"col\">Code</th><th scope=\"col\">Module</th><th scope=\"col\">Durée</th><th scope=\"col\">Modalité</th>"
                + "</tr></thead><tbody>");
        for (ModuleLine m : p.modules()) {
            b.append("<tr><td>").append(esc(m.code())).append("</td><td>").append(esc(m.title())).append("</td><td>")
                    .append(esc(hours(m.hours()))).append("</td><td>").append(esc(modality(m.modality()))).append("</td></tr>");
        }
        return b.append("</tbody></table></body></html>").toString();
    }

    /** The trainers who ran the sessions, with their qualifications. */
    public static String trainersHtml(List<Trainer> trainers, String organisation, LocalDate from, LocalDate to, String styleSheet) {
        StringBuilder b = head("Formateurs — " + organisation, styleSheet);
        b.append("<h1>Formateurs</h1><p class=\"legal\">").append(esc(organisation)).append(" — sessions du ").append(DAY.format(from))
                .append(" au ").append(DAY.format(to)).append("</p>");
        if (trainers.isEmpty()) {
            b.append("<p>Aucune feuille d’émargement contre-signée sur la période.</p>");
        }
        for (Trainer t : trainers) {
            b.append("<h2>").append(esc(t.name())).append("</h2><p>").append(t.sessions()).append(" session(s) animée(s) sur la période.</p>");
            if (t.qualifications().isEmpty()) {
                b.append("<p>Aucune qualification enregistrée.</p>");
                continue;
            }
            b.append("<table class=\"facts\"><caption>Qualifications de ").append(esc(t.name())).append("</caption><thead><tr>"
                    + "<th scope=\"col\">Titre</th><th scope=\"col\">Délivré par</th><th scope=\"col\">Obtenu le</th>"
                    + "<th scope=\"col\">Valable jusqu’au</th><th scope=\"col\">Description</th></tr></thead><tbody>");
            for (Qualification q : t.qualifications()) {
                b.append("<tr><td>").append(esc(q.title())).append("</td><td>").append(esc(q.awardedBy())).append("</td><td>")
                        .append(DAY.format(q.obtainedOn())).append("</td><td>")
                        .append(q.validUntil() == null ? "sans limite" : DAY.format(q.validUntil())).append("</td><td>")
                        .append(esc(blank(q.description()))).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return b.append("</body></html>").toString();
    }

    /** Trainers in name order, sessions in date order, hours by élu then programme: a stable dossier. */
    public static Contents sorted(Contents c) {
        return new Contents(c.organisation(), c.siret(), c.agrement(), c.from(), c.to(),
                c.programmes().stream().sorted(Comparator.comparing(ProgrammeSheet::code)).toList(),
                c.trainers().stream().sorted(Comparator.comparing(Trainer::name).thenComparing(Trainer::id)).toList(),
                c.sessions().stream().sorted(Comparator.comparing(Session::first).thenComparing(Session::id)).toList(),
                c.hours().stream().sorted(Comparator.comparing(Hours::learner).thenComparing(Hours::learnerId).thenComparing(Hours::programme)).toList(),
                c.sheets().stream().sorted(Comparator.comparing(SheetRef::date).thenComparing(SheetRef::sessionId).thenComparing(SheetRef::period)).toList(),
                c.documents().stream().sorted(Comparator.comparing(DocumentRef::issuedAt).thenComparing(DocumentRef::code)).toList());
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "ATTESTATION_ASSIDUITE" -> "attestation d’assiduité";
            case "ATTESTATION_FIN_FORMATION" -> "attestation de fin de formation";
            case "CERTIFICAT_REALISATION" -> "certificat de réalisation";
            case "CERTIFICAT" -> "certificat";
            default -> kind;
        };
    }

    static String modality(String modality) {
        return switch (modality == null ? "" : modality) {
            case "PRESENTIEL" -> "présentiel";
            case "DISTANCIEL_SYNCHRONE" -> "distanciel synchrone";
            case "DISTANCIEL_ASYNCHRONE" -> "distanciel asynchrone";
            case "MIXTE" -> "mixte";
            default -> "—";
        };
    }

    static String hours(BigDecimal hours) {
        return hours == null ? "—" : hours.stripTrailingZeros().toPlainString().replace('.', ',') + " h";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static StringBuilder head(String title, String styleSheet) {
        return new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\"><head>"
                + "<meta charset=\"UTF-8\"/><title>").append(esc(title)).append("</title><meta name=\"subject\" content=\"")
                .append(esc(title)).append("\"/><meta name=\"author\" content=\"Socle\"/><style>").append(styleSheet == null ? "" : styleSheet)
                .append("</style></head><body>");
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append("<tr><th scope=\"row\">").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static void file(StringBuilder b, String name, String what) {
        b.append("<tr><td>").append(esc(name)).append("</td><td>").append(esc(what)).append("</td></tr>");
    }

    /** Text in XHTML: the markup characters escaped, characters XML forbids dropped. */
    static String esc(String s) {
        return HtmlTemplate.escape(s);
    }
}

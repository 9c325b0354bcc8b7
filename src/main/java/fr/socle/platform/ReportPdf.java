package fr.socle.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as a tagged PDF in French (PDF/UA, PDF/A-3a, fonts embedded, through {@link HtmlPdf}): a
 * title, then headings, paragraphs and tables in the order they are added. Tables have a caption and
 * column headers ({@code th scope="col"}); numbers are right-aligned, dates printed the French way.
 * Characters the fonts cannot print become U+FFFD rather than failing the report.
 *
 * <pre>
 * byte[] pdf = ReportPdf.titled("Bilan pédagogique et financier 2025")
 *         .paragraph("Organisme : …")
 *         .table("F-1 Type de stagiaires", List.of("Ligne", "Stagiaires"), rows)
 *         .pdf();
 * </pre>
 */
public final class ReportPdf {

    private static final DateTimeFormatter DAY = Formats.FRENCH_DAY;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String CSS = "@page { size: A4; margin: 18mm 15mm 18mm 15mm; "
            + "@bottom-right { content: counter(page) \" / \" counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }"
            + "body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1a1a1a; }"
            + "h1 { font-size: 15pt; margin: 0 0 4mm 0; } h2 { font-size: 11.5pt; margin: 6mm 0 2mm 0; }"
            + "p { margin: 0 0 2mm 0; }"
            + "table { width: 100%; border-collapse: collapse; margin: 0 0 4mm 0; -fs-table-paginate: paginate; }"
            + "caption { text-align: left; font-weight: bold; padding: 0 0 1.5mm 0; }"
            + "th, td { border: 0.5pt solid #777; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }"
            + "th { background: #e8e8e8; font-weight: bold; } td.n, th.n { text-align: right; } td.n, td.d { white-space: nowrap; }"
            + "tr.strong td { font-weight: bold; } tr.detail td.l { padding-left: 6mm; }";

    private final String title;
    private final StringBuilder body = new StringBuilder();

    private ReportPdf(String title) {
        this.title = title;
        body.append("<h1>").append(escape(title)).append("</h1>");
    }

    /** A report with its title (also the PDF's title). */
    public static ReportPdf titled(String title) {
        return new ReportPdf(title);
    }

    public ReportPdf heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>");
        return this;
    }

    public ReportPdf paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>");
        return this;
    }

    /** A table: one row per list, cells as {@link #text(Object)} prints them. */
    public ReportPdf table(String caption, List<String> header, List<? extends List<?>> rows) {
        List<Row> plain = new ArrayList<>();
        rows.forEach(r -> plain.add(new Row(r, Style.PLAIN)));
        return styledTable(caption, header, plain);
    }

    /** How a row stands out: a total in bold, a detail ("dont") indented. */
    public enum Style { PLAIN, STRONG, DETAIL }

    /** A row of a table with its style. */
    public record Row(List<?> cells, Style style) {
    }

    public ReportPdf styledTable(String caption, List<String> header, List<Row> rows) {
        boolean[] numeric = new boolean[header.size()];
        for (int i = 0; i < numeric.length; i++) {
            int column = i;
            numeric[i] = !rows.isEmpty() && rows.stream().allMatch(r -> column >= r.cells().size() || r.cells().get(column) == null
                    || r.cells().get(column) instanceof Number);
        }
        body.append("<table><caption>").append(escape(caption)).append("</caption><thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            body.append("<th scope=\"col\"").append(numeric[i] ? " class=\"n\"" : "").append('>').append(escape(header.get(i))).append("</th>");
        }
        body.append("</tr></thead><tbody>");
        for (Row r : rows) {
            body.append("<tr").append(r.style() == Style.STRONG ? " class=\"strong\"" : r.style() == Style.DETAIL ? " class=\"detail\"" : "")
                    .append('>');
            for (int i = 0; i < header.size(); i++) {
                Object v = i < r.cells().size() ? r.cells().get(i) : null;
                String text = text(v);
                // dates, codes and other short words are not broken (at a "/" or a "-")
                boolean whole = v instanceof LocalDate || v instanceof Instant || (text.length() <= 24 && text.indexOf(' ') < 0);
                String cls = numeric[i] ? "n" : whole ? "d" : i == 0 || i == 1 ? "l" : null;
                body.append("<td").append(cls == null ? "" : " class=\"" + cls + "\"").append('>').append(escape(text)).append("</td>");
            }
            body.append("</tr>");
        }
        if (rows.isEmpty()) {
            body.append("<tr><td colspan=\"").append(header.size()).append("\">—</td></tr>");
        }
        body.append("</tbody></table>");
        return this;
    }

    /** The XHTML the PDF is laid out from. */
    public String xhtml() {
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + escape(title) + "</title><meta name=\"subject\" content=\"" + escape(title) + "\"/>"
                + "<style>" + CSS + "</style></head><body>" + body + "</body></html>";
    }

    public byte[] pdf() {
        return HtmlPdf.shared().render(xhtml(), Map.of());
    }

    /** A cell's text: dates as dd/MM/yyyy (instants in Paris time), booleans oui/non, null empty. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (v instanceof Instant i) {
            return MINUTE.format(i.atZone(Formats.PARIS));
        }
        if (v instanceof Boolean b) {
            return b ? "oui" : "non";
        }
        return v.toString();
    }

    private static String escape(String s) {
        return HtmlTemplate.escape(HtmlPdf.shared().printableText(s));
    }
}

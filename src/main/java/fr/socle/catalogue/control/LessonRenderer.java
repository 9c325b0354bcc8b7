package fr.socle.catalogue.control;

import fr.socle.catalogue.entity.Activity;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns lesson sources into the HTML learners see: Markdown through CommonMark, HTML from the
 * editor as it is, and both through an allow-list sanitiser (OWASP): no script, no event handler,
 * no style, links and images only to http(s), relative files or data images.
 */
public final class LessonRenderer {

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("img", "figure", "figcaption", "pre", "code", "hr", "dl", "dt", "dd", "abbr", "mark", "sub", "sup", "br")
                    .allowAttributes("src").onElements("img")
                    .allowAttributes("alt", "title", "width", "height").onElements("img")
                    .allowAttributes("title").onElements("abbr")
                    .allowAttributes("scope", "colspan", "rowspan").onElements("th", "td")
                    .allowAttributes("lang").globally()
                    .allowUrlProtocols("https", "http", "mailto")
                    .toFactory());

    private LessonRenderer() {
    }

    public static String markdown(String source) {
        return sanitise(HTML.render(MARKDOWN.parse(source == null ? "" : source)));
    }

    private static final java.util.regex.Pattern RELATIVE_SRC = java.util.regex.Pattern.compile("(<img[^>]*\\ssrc=\")(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^\"]+)\"");

    /** Points the relative images of a stored lesson to where the application serves its files. */
    public static String withFiles(String html, String filesPrefix) {
        if (html == null) {
            return "";
        }
        return RELATIVE_SRC.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + filesPrefix + m.group(2) + "\""));
    }

    /** A stored lesson for a page: its relative images served by /catalogue-files/ of its version. */
    public static String forPage(Activity lesson, String contextPath) {
        var version = lesson.getModule().getComponent().getVersion();
        return withFiles(lesson.getBodyHtml(), contextPath + "/catalogue-files/" + segment(version.getProgramme().getCode()) + "/"
                + version.getNumber() + "/" + segment(lesson.getModule().getCode()) + "/");
    }

    private static String segment(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String sanitise(String html) {
        return POLICY.sanitize(html == null ? "" : html);
    }
}

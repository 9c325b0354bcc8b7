package fr.socle.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document template: XHTML with a handful of placeholders, parsed once and filled many times.
 * Every value is escaped for XML: values are user data (names, titles), so nothing a learner or an
 * admin typed can become markup. There is deliberately no way to insert a value unescaped.
 * <ul>
 * <li>{@code {{name}}}: the value, escaped (an absent value prints nothing);</li>
 * <li>{@code {{#name}}…{{/name}}}: the block once per item if the value is a list, once if it is a
 * non-blank string or {@code true}, never if it is absent, blank, empty or {@code false};
 * inside a list's block, {@code {{.}}} is the item; an item that is a map (a row of a table, a
 * half-day of a sheet) also answers the names used inside the block, before the names around it;</li>
 * <li>{@code {{^name}}…{{/name}}}: the block only if the value is absent, blank, empty or {@code false};</li>
 * <li>{@code {{>file}}}: a partial (the shared style sheet, the letterhead…), included when the
 * template is parsed, before its placeholders are read; partials come from the templates' own
 * directory, never from data, and may include partials in turn.</li>
 * </ul>
 * Immutable, so thread-safe once built.
 */
public final class HtmlTemplate {

    private static final Pattern PARTIAL = Pattern.compile("\\{\\{\\s*>\\s*([A-Za-z0-9_.\\-]+)\\s*}}");
    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([A-Za-z0-9_.\\-]+)\\s*}}");

    private final List<Part> parts;

    private HtmlTemplate(List<Part> parts) {
        this.parts = parts;
    }

    /**
     * Parses a template.
     *
     * @param source   the template's text
     * @param partials what {@code {{>name}}} stands for (trusted text, e.g. the style sheet); called once per partial
     * @throws IllegalArgumentException if sections do not nest properly or a partial is unknown
     */
    public static HtmlTemplate parse(String source, Function<String, String> partials) {
        source = include(source, partials, 0);
        Matcher m = TAG.matcher(source);
        List<List<Part>> stack = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                current.add(new Text(source.substring(at, m.start())));
            }
            at = m.end();
            String sigil = m.group(1);
            String name = m.group(2);
            switch (sigil) {
                case "" -> current.add(new Value(name));
                case "#", "^" -> {
                    stack.add(current);
                    open.add(sigil + name);
                    current = new ArrayList<>();
                }
                case "/" -> {
                    if (open.isEmpty() || !open.get(open.size() - 1).substring(1).equals(name)) {
                        throw new IllegalArgumentException("{{/" + name + "}} closes nothing open");
                    }
                    String opened = open.remove(open.size() - 1);
                    List<Part> body = List.copyOf(current);
                    current = stack.remove(stack.size() - 1);
                    current.add(new Section(name, opened.charAt(0) == '^', body));
                }
                default -> throw new IllegalStateException(sigil);
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed section " + open);
        }
        if (at < source.length()) {
            current.add(new Text(source.substring(at)));
        }
        return new HtmlTemplate(List.copyOf(current));
    }

    private static String include(String source, Function<String, String> partials, int depth) {
        Matcher m = PARTIAL.matcher(source);
        if (!m.find()) {
            return source;
        }
        if (depth > 4) {
            throw new IllegalArgumentException("partials nested too deep: " + m.group(1));
        }
        StringBuilder out = new StringBuilder();
        do {
            String partial = partials.apply(m.group(1));
            if (partial == null) {
                throw new IllegalArgumentException("unknown partial " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(include(partial, partials, depth + 1)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Fills the template.
     *
     * @param values names to strings, booleans or collections (of strings); anything else prints as its {@code toString()}
     */
    public String render(Map<String, ?> values) {
        StringBuilder out = new StringBuilder(8192);
        write(parts, new Scope(null, values, null), out);
        return out.toString();
    }

    /** The names a block sees: its list item's (when the item is a map), then those around it. */
    private record Scope(Scope outer, Map<?, ?> names, Object item) {
        Object get(String name) {
            if (".".equals(name)) {
                return item;
            }
            for (Scope s = this; s != null; s = s.outer) {
                if (s.names != null && s.names.containsKey(name)) {
                    return s.names.get(name);
                }
            }
            return null;
        }
    }

    private static void write(List<Part> parts, Scope scope, StringBuilder out) {
        for (Part part : parts) {
            if (part instanceof Text t) {
                out.append(t.text);
            } else if (part instanceof Value v) {
                Object value = scope.get(v.name);
                if (value != null) {
                    escape(String.valueOf(value), out);
                }
            } else if (part instanceof Section s) {
                Object value = scope.get(s.name);
                boolean present = present(value);
                if (s.inverted) {
                    if (!present) {
                        write(s.body, scope, out);
                    }
                } else if (present) {
                    if (value instanceof Collection<?> list) {
                        for (Object each : list) {
                            write(s.body, new Scope(scope, each instanceof Map<?, ?> m ? m : null, each), out);
                        }
                    } else {
                        write(s.body, scope, out);
                    }
                }
            }
        }
    }

    private static boolean present(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return !(value instanceof String s) || !s.isBlank();
    }

    /** Text (null: none) escaped for XHTML content and attribute values, as {@link #escape(String, StringBuilder)}: reports use it too. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out);
        return out.toString();
    }

    /**
     * Escapes text for XML content and attribute values. Characters XML 1.0 forbids (most C0 controls,
     * lone surrogates, U+FFFE/U+FFFF) are dropped, so that no value can make the document unparseable.
     */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                        out.append(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    }
                }
            }
        }
    }

    private sealed interface Part permits Text, Value, Section {
    }

    private record Text(String text) implements Part {
    }

    private record Value(String name) implements Part {
    }

    private record Section(String name, boolean inverted, List<Part> body) implements Part {
    }
}

package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTemplateTest {

    private static HtmlTemplate parse(String source) {
        return HtmlTemplate.parse(source, name -> null);
    }

    @Test
    void everyValueIsEscapedSoThatDataNeverBecomesMarkup() {
        HtmlTemplate t = parse("<p title=\"{{name}}\">{{name}}</p>");
        assertEquals("<p title=\"&lt;/p&gt;&lt;script&gt;x&lt;/script&gt; &amp; &quot;Co&quot; l&#39;a\">"
                        + "&lt;/p&gt;&lt;script&gt;x&lt;/script&gt; &amp; &quot;Co&quot; l&#39;a</p>",
                t.render(Map.of("name", "</p><script>x</script> & \"Co\" l'a")));
    }

    @Test
    void charactersXmlForbidsAreDroppedAndOthersKept() {
        HtmlTemplate t = parse("{{v}}");
        assertEquals("ab\tc’«é» 😀", t.render(Map.of("v", "a\u0000b\u0007\tc\uFFFE’«é» 😀\uD800")));
    }

    @Test
    void listsRepeatTheirBlockAndAbsentValuesPrintNothing() {
        HtmlTemplate t = parse("<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>[{{missing}}]");
        assertEquals("<ul><li>a&lt;b</li><li>c</li></ul>[]", t.render(Map.of("items", List.of("a<b", "c"))));
        assertEquals("<ul></ul>[]", t.render(Map.of("items", List.of())));
    }

    @Test
    void sectionsShowOrHideOnPresence() {
        HtmlTemplate t = parse("{{#x}}yes {{x}}{{/x}}{{^x}}no{{/x}}");
        Map<String, Object> values = new HashMap<>();
        assertEquals("no", t.render(values));
        values.put("x", "  ");
        assertEquals("no", t.render(values));
        values.put("x", false);
        assertEquals("no", t.render(values));
        values.put("x", "A&B");
        assertEquals("yes A&amp;B", t.render(values));
        values.put("x", true);
        assertEquals("yes true", t.render(values));
    }

    @Test
    void partialsAreIncludedBeforePlaceholdersAreRead() {
        Map<String, String> partials = Map.of("head.html", "<h1>{{title}}</h1>{{>style.css}}", "style.css", "p{color:red}");
        HtmlTemplate t = HtmlTemplate.parse("{{>head.html}}<p>{{body}}</p>", partials::get);
        assertEquals("<h1>T&lt;</h1>p{color:red}<p>b</p>", t.render(Map.of("title", "T<", "body", "b")));
    }

    @Test
    void malformedTemplatesAreRefusedWhenParsed() {
        assertThrows(IllegalArgumentException.class, () -> parse("{{#a}}x"));
        assertThrows(IllegalArgumentException.class, () -> parse("{{#a}}x{{/b}}"));
        assertThrows(IllegalArgumentException.class, () -> parse("x{{/a}}"));
        assertThrows(IllegalArgumentException.class, () -> parse("{{>nowhere.html}}"));
        assertThrows(IllegalArgumentException.class, () -> HtmlTemplate.parse("{{>self}}", name -> "{{>self}}"));
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsPrintedAsItIs() {
        HtmlTemplate t = parse("{{a}}");
        assertEquals("{{b}}", t.render(Map.of("a", "{{b}}", "b", "secret")));
    }
}

package fr.socle.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lessons reach learners through an allow-list: what could run or track is removed, the text stays. */
class LessonRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert('x')</script>Texte",
        "<img src=x onerror=alert(1)>Texte",
        "<p onclick=\"steal()\">Texte</p>",
        "<a href=\"javascript:alert(1)\">Texte</a>",
        "<iframe src=\"https://evil.example\"></iframe>Texte",
        "<p style=\"background:url(javascript:alert(1))\">Texte</p>",
        "<svg onload=alert(1)></svg>Texte",
        "<object data=\"x.swf\"></object>Texte"
    })
    void removesScriptsEventHandlersAndDangerousElements(String html) {
        String clean = LessonRenderer.sanitise(html);
        assertFalse(clean.toLowerCase().contains("script"), clean);
        assertFalse(clean.toLowerCase().contains("onerror") || clean.toLowerCase().contains("onclick") || clean.toLowerCase().contains("onload"), clean);
        assertFalse(clean.contains("javascript:"), clean);
        assertFalse(clean.contains("<iframe") || clean.contains("<object") || clean.contains("style="), clean);
        assertTrue(clean.contains("Texte"), clean);
    }

    @Test
    void markdownBecomesHtmlWithHeadingsListsTablesAndLinks() {
        String html = LessonRenderer.markdown("""
                ## Titre

                - un
                - deux

                | a | b |
                |---|---|
                | 1 | 2 |

                [Service public](https://www.service-public.fr) et ![Plan](plan.png)
                """);
        assertTrue(html.contains("<h2>Titre</h2>"), html);
        assertTrue(html.contains("<li>un</li>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>1</td>"), html);
        assertTrue(html.contains("href=\"https://www.service-public.fr\""), html);
        assertTrue(html.contains("src=\"plan.png\"") && html.contains("alt=\"Plan\""), html);
    }

    @Test
    void rawHtmlInMarkdownIsSanitisedToo() {
        String html = LessonRenderer.markdown("Bonjour <script>alert(1)</script> <b>gras</b>");
        assertFalse(html.contains("script"), html);
        assertTrue(html.contains("<b>gras</b>"), html);
    }

    @Test
    void relativeImagesPointToTheApplicationsFilesAndOthersStay() {
        String html = LessonRenderer.withFiles("<p><img src=\"plan.png\" alt=\"Plan\" /><img src=\"https://ex.org/a.png\" /></p>", "/api/f/");
        assertTrue(html.contains("src=\"/api/f/plan.png\""), html);
        assertTrue(html.contains("src=\"https://ex.org/a.png\""), html);
    }
}

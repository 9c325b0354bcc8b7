package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The one document path: a template of certificates/ and its values in, a tagged PDF in French out. */
class HtmlPdfTest {

    @Test
    void aTemplateFilledWithValuesBecomesATaggedPdfWhoseTextIsTheValuesEscaped() throws Exception {
        HtmlTemplate template = HtmlTemplate.parse("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\">"
                + "<head><meta charset=\"UTF-8\"/><title>{{title}}</title><meta name=\"subject\" content=\"{{title}}\"/><style>{{>document.css}}</style></head><body><h1>{{title}}</h1>"
                + "{{#rows}}<p>{{name}} : {{minutes}} min{{#note}} ({{note}}){{/note}}</p>{{/rows}}</body></html>",
                name -> HtmlPdf.templateText(name));
        Map<String, Object> first = new HashMap<>();
        first.put("name", "Élodie <b>Lefèvre</b> & Ça");
        first.put("minutes", 180);
        first.put("note", "retard");
        Map<String, Object> second = new HashMap<>();
        second.put("name", "Jean Martin");
        second.put("minutes", 0);
        second.put("note", null);
        Map<String, Object> values = Map.of("title", "Feuille d'essai", "note", "ne s'imprime pas", "rows", List.of(first, second));

        byte[] pdf = HtmlPdf.shared().render(template, values, Map.of("SocleCode", "X-1"));
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Élodie <b>Lefèvre</b> & Ça : 180 min (retard)"), "a value is text, never markup: " + text);
            assertTrue(text.contains("Jean Martin : 0 min") && !text.contains("ne s'imprime pas"), "a row's absent note hides the outer one: " + text);
            assertEquals("fr", doc.getDocumentCatalog().getLanguage());
            assertEquals("Feuille d'essai", doc.getDocumentInformation().getTitle());
            assertEquals("X-1", doc.getDocumentInformation().getCustomMetadataValue("SocleCode"));
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged (PDF/UA)");
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null);
            assertTrue(doc.getDocumentCatalog().getMetadata() != null, "XMP metadata (PDF/A)");
        }
    }

    @Test
    void theDocumentTemplatesComeFromTheirDirectoryWithTheirPartials() {
        HtmlTemplate sheet = HtmlPdf.template("feuille-emargement.html");
        assertTrue(sheet.render(Map.of("title", "S")).contains("font-family"), "the shared style sheet included");
        assertThrows(IllegalStateException.class, () -> HtmlPdf.template("nothing-here.html"));
    }

    @Test
    void textTheFontsCannotPrintBecomesAReplacementCharacter() {
        assertEquals("Zoë \uFFFD  x", HtmlPdf.shared().printableText("Zoë \u4E2D\u0001 x"));
    }
}

package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void aStackedBarChartIsAChartJsConfigurationWithOneDatasetPerSeries() {
        JsonObject c = parse(Charts.bar("Inscriptions", List.of("CMN", "ELUS"),
                List.of(new Charts.Series("Entrées", List.of(5, 0)), new Charts.Series("Terminées", List.of(1, 3))), true));
        assertEquals("bar", c.getString("type"));
        assertEquals("[\"CMN\",\"ELUS\"]", c.getJsonObject("data").getJsonArray("labels").toString());
        var datasets = c.getJsonObject("data").getJsonArray("datasets");
        assertEquals("Terminées", datasets.getJsonObject(1).getString("label"));
        assertEquals("[1,3]", datasets.getJsonObject(1).getJsonArray("data").toString());
        assertFalse(datasets.getJsonObject(0).getString("backgroundColor").equals(datasets.getJsonObject(1).getString("backgroundColor")));
        assertEquals(true, c.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked"));
        assertEquals("Inscriptions", c.getJsonObject("options").getJsonObject("plugins").getJsonObject("title").getString("text"));
    }

    @Test
    void aDoughnutHasAColourPerShareAndFractionsStayFractions() {
        JsonObject c = parse(Charts.doughnut("Heures", List.of("a", "b"), new Charts.Series("h", List.of(1.5, 2.0))));
        var data = c.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals(2, data.getJsonArray("backgroundColor").size());
        assertEquals("[1.5,2]", data.getJsonArray("data").toString());
    }

    @Test
    void textFromAuthorsCannotCloseTheScriptItIsWrittenIn() {
        String json = Charts.bar("</script><script>alert(1)</script>", List.of("A & B"), List.of(new Charts.Series("x", List.of(1))), false);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertEquals("</script><script>alert(1)</script>",
                parse(json).getJsonObject("options").getJsonObject("plugins").getJsonObject("title").getString("text"), "the same text once parsed");
    }
}

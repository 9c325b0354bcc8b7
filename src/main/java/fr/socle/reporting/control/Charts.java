package fr.socle.reporting.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations (what PrimeFaces' {@code p:chart} draws) as JSON. Every chart on a page
 * has a data table beside it with the same figures: a chart alone is not accessible.
 */
public final class Charts {

    /**
     * Colours with at least 3:1 contrast on white (WCAG 1.4.11), in the order datasets take them;
     * colour is never the only signal, the legend and the table name every series.
     */
    static final List<String> PALETTE = List.of("#000091", "#18753c", "#b34000", "#6a1b9a", "#ce0500", "#3a3a3a", "#006a6f");

    public record Series(String label, List<? extends Number> values) {
    }

    private Charts() {
    }

    /** Bars, one group per label, one bar per series; stacked or side by side. */
    public static String bar(String title, List<String> labels, List<Series> series, boolean stacked) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            String colour = PALETTE.get(i % PALETTE.size());
            datasets.add(dataset(series.get(i)).add("backgroundColor", colour).add("borderColor", colour));
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
        if (series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v.doubleValue() == Math.rint(v.doubleValue()))) {
            axis.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        return config("bar", title, labels, datasets, Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", stacked))
                .add("y", axis));
    }

    /** A doughnut: one share per label. */
    public static String doughnut(String title, List<String> labels, Series series) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        return config("doughnut", title, labels, Json.createArrayBuilder().add(dataset(series).add("backgroundColor", colours)), null);
    }

    private static JsonObjectBuilder dataset(Series s) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number v : s.values()) {
            if (v.doubleValue() == Math.rint(v.doubleValue())) {
                data.add(v.longValue());
            } else {
                data.add(v.doubleValue());
            }
        }
        return Json.createObjectBuilder().add("label", s.label()).add("data", data);
    }

    private static String config(String type, String title, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("display", true).add("position", "bottom")));
        if (scales != null) {
            options.add("scales", scales);
        }
        String json = Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
        return safeInScript(json);
    }

    /** The JSON goes into an inline script: no text of it may close the script or open markup. */
    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}

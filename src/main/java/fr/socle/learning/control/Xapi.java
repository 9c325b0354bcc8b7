package fr.socle.learning.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;

/**
 * Builds xAPI 1.0.3 statements. The actor is the account's opaque id on this instance (never its
 * email); objects are the instance's IRIs for programme versions and activities.
 */
public final class Xapi {

    public static final String REGISTERED = "http://adlnet.gov/expapi/verbs/registered";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    /** A learner handed in an assignment (the Activity Streams verb the xAPI registry lists). */
    public static final String SUBMITTED = "http://activitystrea.ms/schema/1.0/submit";
    /** A trainer graded an assignment: the score and whether it passed. */
    public static final String SCORED = "http://adlnet.gov/expapi/verbs/scored";

    /** One factory: each Json.createObjectBuilder() looks the provider up again (a service-loader scan). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private Xapi() {
    }

    /** The statement; score and success are left out when null. */
    public static String statement(String id, String base, String learnerId, String verb, String objectId, String objectName,
                                   Integer scorePercent, Boolean success, Boolean completion, Instant timestamp) {
        JsonObjectBuilder result = JSON.createObjectBuilder();
        if (scorePercent != null) {
            result.add("score", JSON.createObjectBuilder().add("scaled", scorePercent / 100.0).add("raw", scorePercent)
                    .add("min", 0).add("max", 100));
        }
        if (success != null) {
            result.add("success", success);
        }
        if (completion != null) {
            result.add("completion", completion);
        }
        JsonObjectBuilder statement = JSON.createObjectBuilder()
                .add("id", id)
                .add("actor", JSON.createObjectBuilder().add("objectType", "Agent")
                        .add("account", JSON.createObjectBuilder().add("homePage", base).add("name", learnerId)))
                .add("verb", JSON.createObjectBuilder().add("id", verb)
                        .add("display", JSON.createObjectBuilder().add("en-US", verb.substring(verb.lastIndexOf('/') + 1))))
                .add("object", JSON.createObjectBuilder().add("objectType", "Activity").add("id", objectId)
                        .add("definition", JSON.createObjectBuilder().add("name", JSON.createObjectBuilder().add("fr-FR", objectName))))
                .add("timestamp", timestamp.toString())
                .add("version", "1.0.3");
        var built = result.build();
        if (!built.isEmpty()) {
            statement.add("result", built);
        }
        return statement.build().toString();
    }
}

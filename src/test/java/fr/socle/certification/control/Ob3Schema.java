package fr.socle.certification.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.DisallowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official Open Badges 3.0 AchievementCredential JSON Schema, copied unchanged into the test resources
 * ({@code standards/ob3/}, with its source and licence in {@code SOURCE.txt}), for the tests (unit and IT).
 * Nothing is fetched: the schema references only its own $defs.
 */
public final class Ob3Schema {

    private static final String RESOURCE = "/standards/ob3/ob_v3p0_achievementcredential_schema.json";

    private static JsonSchema schema;

    private Ob3Schema() {
    }

    public static synchronized JsonSchema schema() {
        if (schema == null) {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
                    builder -> builder.schemaLoaders(loaders -> loaders.add(DisallowSchemaLoader.getInstance())));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            try (InputStream in = Ob3Schema.class.getResourceAsStream(RESOURCE)) {
                schema = factory.getSchema(in, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    /** What the schema finds wrong with a credential; empty when it is valid. */
    public static List<String> errors(JsonNode credential) {
        return schema().validate(credential).stream().map(ValidationMessage::toString).toList();
    }
}

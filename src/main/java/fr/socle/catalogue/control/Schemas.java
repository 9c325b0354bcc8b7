package fr.socle.catalogue.control;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON Schemas of courses/schema (packaged with the application), enforced on every course file. */
public final class Schemas {

    public enum Kind {
        PROGRAMME("programme"), MODULE("module"), QUIZ("quiz"), FRAMEWORK("framework");

        final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    private static final String LOCATION = "/fr/socle/catalogue/schema/";
    private static final Schemas INSTANCE = new Schemas();

    private final Map<Kind, JsonSchema> schemas = new EnumMap<>(Kind.class);

    private Schemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.FRENCH)
                .build();
        for (Kind kind : Kind.values()) {
            try (InputStream in = Schemas.class.getResourceAsStream(LOCATION + kind.file + ".schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("schema " + kind.file + " is not packaged");
                }
                schemas.put(kind, factory.getSchema(in, config));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Schemas get() {
        return INSTANCE;
    }

    /** The problems of a document, each with its line. */
    public List<ImportProblem> check(Kind kind, String file, YamlTree tree) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ValidationMessage> messages = new ArrayList<>(schemas.get(kind).validate(tree.root()));
        messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        for (ValidationMessage m : messages) {
            String pointer = m.getInstanceLocation().toString();
            String field = pointer.isEmpty() || pointer.equals("/") ? "" : pointer.substring(1).replace('/', '.');
            String reason = m.getMessage();
            if (reason.startsWith(pointer + ": ")) {
                reason = reason.substring(pointer.length() + 2);
            }
            problems.add(new ImportProblem(file, tree.line(pointer), field, reason));
        }
        return problems;
    }

}

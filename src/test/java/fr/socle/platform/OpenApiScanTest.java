package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document lists only the classes of mp.openapi.scan.classes; ApiContractIT walks that document
 * (the authorisation matrix, the malformed-input test). A resource left out of the list would escape both:
 * every JAX-RS resource class is in it.
 */
class OpenApiScanTest {

    @Test
    void everyResourceClassIsInTheOpenApiDocument() throws IOException, URISyntaxException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Set<String> scanned = Arrays.stream(config.getProperty("mp.openapi.scan.classes").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        var root = Paths.get(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> resources;
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("fr/socle"))) {
            resources = files.map(f -> root.relativize(f).toString()).filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .filter(OpenApiScanTest::isResource).collect(Collectors.toCollection(TreeSet::new));
        }
        org.junit.jupiter.api.Assertions.assertTrue(resources.contains("fr.socle.delivery.boundary.SessionsResource"), resources::toString);
        Set<String> missing = new TreeSet<>(resources);
        missing.removeAll(scanned);
        assertEquals(Set.of(), missing, "add them to mp.openapi.scan.classes in src/main/resources/META-INF/microprofile-config.properties");
    }

    private static boolean isResource(String name) {
        try {
            return Class.forName(name, false, OpenApiScanTest.class.getClassLoader()).isAnnotationPresent(Path.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

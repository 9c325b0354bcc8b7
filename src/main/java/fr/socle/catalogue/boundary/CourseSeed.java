package fr.socle.catalogue.boundary;

import fr.socle.catalogue.control.CourseFiles;
import fr.socle.platform.Problem;
import fr.socle.platform.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports courses/ at start-up: the competence frameworks and the seed curricula, as the platform's
 * public content. Idempotent: what is unchanged since the last start is not imported again. The
 * copy packaged in the WAR is used, or the folder named by SOCLE_COURSES_DIR.
 */
@ApplicationScoped
public class CourseSeed {

    private static final Logger LOG = Logger.getLogger(CourseSeed.class.getName());
    private static final String PACKAGED = "/WEB-INF/courses/";

    @Inject
    Programmes programmes;

    @Inject
    @ConfigProperty(name = "socle.courses.dir")
    Optional<String> folder;

    @Inject
    @ConfigProperty(name = "socle.courses.import", defaultValue = "true")
    boolean enabled;

    void onSchemaReady(@Observes @Priority(150) SchemaReady ready) {
        if (!enabled) {
            return;
        }
        CourseFiles files = folder.filter(f -> !f.isBlank()).map(f -> CourseFiles.fromFolder(Path.of(f))).orElseGet(() -> packaged(ready.servletContext()));
        if (files.isEmpty()) {
            LOG.info("No courses/ to import");
            return;
        }
        try {
            Programmes.ImportReport report = programmes.importSeed(files);
            LOG.info(() -> "courses/ imported: frameworks added " + report.frameworksAdded() + ", programmes published "
                    + report.published() + ", unchanged " + report.unchanged());
        } catch (Problem p) {
            LOG.severe(() -> "courses/ was not imported: " + p.key() + "\n  " + String.join("\n  ", p.details()));
        }
    }

    private static CourseFiles packaged(ServletContext servlet) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        if (servlet != null) {
            collect(servlet, PACKAGED, map);
        }
        return CourseFiles.of(map);
    }

    private static void collect(ServletContext servlet, String dir, Map<String, byte[]> map) {
        Set<String> paths = servlet.getResourcePaths(dir);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                collect(servlet, path, map);
            } else {
                try (InputStream in = servlet.getResourceAsStream(path)) {
                    map.put(path.substring(PACKAGED.length()), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}

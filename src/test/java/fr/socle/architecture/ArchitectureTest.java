package fr.socle.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structure Socle's README describes, checked over the compiled classes and the sources.
 *
 * <p>A feature is a package {@code fr.socle.<feature>}; inside it, {@code boundary} holds its doors
 * (facades, resources, views) and the records and value types it publishes, {@code control} and
 * {@code entity} are its own. {@code platform} is cross-cutting and knows no feature.
 *
 * <p>Where the code does not follow a rule yet, the known exceptions are listed in
 * {@code src/test/resources/architecture/*.txt}. The list may only shrink: a new exception fails,
 * and so does a listed one that has gone (remove its line). Run with
 * {@code -Darchitecture.write=true} to write the lists from the code, then review the diff.
 */
class ArchitectureTest {

    static final String ROOT = "fr.socle";
    static final Path SOURCES = Path.of("src/main/java");
    static final Path BASELINES = Path.of("src/test/resources/architecture");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featurePackagesFormNoCycle() {
        SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void platformKnowsNoFeature() {
        List<String> found = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (!"platform".equals(feature(c))) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = feature(d.getTargetClass());
                if (target != null && !"platform".equals(target)) {
                    found.add(d.getDescription());
                }
            }
        }
        assertTrue(found.isEmpty(), () -> "platform depends on features:\n" + String.join("\n", found));
    }

    /** Another feature's {@code entity} or {@code control} is its own: read its boundary and records. */
    @Test
    void aFeatureReachesOnlyIntoAnotherFeaturesBoundary() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String from = feature(c);
            if (from == null) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                String to = feature(target);
                String layer = layer(target);
                if (to != null && !to.equals(from) && !"platform".equals(to)
                        && ("entity".equals(layer) || "control".equals(layer))) {
                    found.add(name(c) + " -> " + name(target));
                }
            }
        }
        compareWithBaseline("reaches-into.txt", found,
                "reaches into another feature's entity or control; read that feature's boundary and the records it publishes");
    }

    /** JPQL names only the entities of its own feature (and navigates only into them). */
    @Test
    void jpqlNamesOnlyItsOwnFeaturesEntities() {
        Map<String, String> owner = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            if (c.isAnnotatedWith("jakarta.persistence.Entity")) {
                owner.put(c.getSimpleName(), feature(c));
            }
        }
        Pattern entityName = Pattern.compile("\\b(?:FROM|JOIN|UPDATE|MEMBER OF)\\s+(?:FETCH\\s+)?([A-Z][A-Za-z0-9]*)\\b");
        Set<String> found = new TreeSet<>();
        forEachSource((file, feature, text) -> {
            for (String literal : stringLiterals(text)) {
                Matcher m = entityName.matcher(literal);
                while (m.find()) {
                    String entity = m.group(1);
                    String to = owner.get(entity);
                    if (to != null && !to.equals(feature)) {
                        found.add(relative(file) + " -> " + to + "." + entity);
                    }
                }
            }
        });
        compareWithBaseline("jpql.txt", found, "runs JPQL over another feature's entity; call that feature's facade");
    }

    /** {@code fr.socle.x.Y} written out in code hides a dependency from the imports: import it. */
    @Test
    void noFullyQualifiedNamesInCode() {
        List<String> found = new ArrayList<>();
        Pattern qualified = Pattern.compile("\\bfr\\.socle\\.[a-z]+\\.");
        forEachSource((file, feature, text) -> {
            String[] lines = withoutLiteralsAndComments(text).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.startsWith("package ") && !line.startsWith("import ") && qualified.matcher(line).find()) {
                    found.add(relative(file) + ":" + (i + 1) + ": " + line);
                }
            }
        });
        assertTrue(found.isEmpty(), () -> "fully qualified names in code (import them):\n" + String.join("\n", found));
    }

    // ---------------------------------------------------------------------------------------------

    static String feature(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = p.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static String layer(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 3 ? parts[3] : "";
    }

    /** The top-level class's name below fr.socle, so that lambdas and nested classes count once. */
    static String name(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        String n = top.getName();
        int dollar = n.indexOf('$');
        return (dollar < 0 ? n : n.substring(0, dollar)).substring(ROOT.length() + 1);
    }

    interface SourceVisitor {
        void visit(Path file, String feature, String text);
    }

    static void forEachSource(SourceVisitor visitor) {
        Path root = SOURCES.resolve(ROOT.replace('.', '/'));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String feature = root.relativize(file).getName(0).toString();
                visitor.visit(file, feature, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return SOURCES.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The string literals of a source, with the literals of one expression joined ({@code "a " + "b"}),
     * so that a query split over lines reads as one. Text blocks count as literals.
     */
    static List<String> stringLiterals(String text) {
        List<String> literals = new ArrayList<>();
        StringBuilder current = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                i = text.indexOf('\n', i) < 0 ? n : text.indexOf('\n', i);
            } else if (ch == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                current = append(current, text.substring(i + 3, end));
                i = end + 3;
            } else if (ch == '"') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '"') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                current = append(current, text.substring(i + 1, Math.min(j, n)));
                i = j + 1;
            } else if (ch == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '\'') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                if (current != null && !Character.isWhitespace(ch) && ch != '+') {
                    literals.add(current.toString());
                    current = null;
                }
                i++;
            }
        }
        if (current != null) {
            literals.add(current.toString());
        }
        return literals;
    }

    private static StringBuilder append(StringBuilder current, String s) {
        return current == null ? new StringBuilder(s) : current.append(' ').append(s);
    }

    /** The source with its string and char literals emptied and its comments blanked, lines kept. */
    static String withoutLiteralsAndComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            int end;
            if (ch == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                end = text.indexOf('\n', i) < 0 ? n : text.indexOf('\n', i);
            } else if (ch == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                end = text.indexOf("*/", i + 2) < 0 ? n : text.indexOf("*/", i + 2) + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                end = text.indexOf("\"\"\"", i + 3) < 0 ? n : text.indexOf("\"\"\"", i + 3) + 3;
            } else if (ch == '"' || ch == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != ch && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                end = Math.min(j + 1, n);
            } else {
                out.append(ch);
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(text.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    static void compareWithBaseline(String file, Set<String> found, String rule) {
        Path path = BASELINES.resolve(file);
        try {
            if (Boolean.getBoolean("architecture.write")) {
                Files.createDirectories(BASELINES);
                Files.write(path, found);
                return;
            }
            Set<String> known = Files.exists(path)
                    ? new TreeSet<>(Files.readAllLines(path).stream().filter(l -> !l.isBlank()).toList())
                    : new TreeSet<>();
            Set<String> added = new TreeSet<>(found);
            added.removeAll(known);
            Set<String> gone = new TreeSet<>(known);
            gone.removeAll(found);
            assertTrue(added.isEmpty(), () -> added.size() + " new place(s) where code " + rule + ":\n"
                    + String.join("\n", added));
            assertEquals(Set.of(), gone, "fixed, remove these lines from " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

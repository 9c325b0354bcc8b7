package fr.socle.catalogue.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A whole courses/ tree: the frameworks of frameworks/ and every folder holding a programme.yaml.
 * Competences are looked up in these frameworks and in the ones the instance already has.
 */
public final class CourseLibrary {

    /** @param frameworkHashes the SHA-256 of each framework's file, by framework code */
    public record Contents(List<CourseModel.Framework> frameworks, Map<String, String> frameworkHashes,
                           List<CourseModel.Course> courses, List<ImportProblem> problems) {
    }

    private CourseLibrary() {
    }

    /**
     * @param known competences the instance already has (framework code, competence code)
     */
    public static Contents read(CourseFiles tree, CourseReader.Competences known) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Set<String>> codes = new HashMap<>();
        List<String> frameworkFiles = tree.paths().stream().filter(p -> p.startsWith("frameworks/") && p.endsWith(".yaml")).toList();
        // First pass: collect every framework's codes, so that mappings may point to any of them.
        for (String path : frameworkFiles) {
            try {
                var root = YamlTree.parse(tree.text(path).orElse("")).root();
                Set<String> set = codes.computeIfAbsent(root.path("code").asText(), k -> new HashSet<>());
                root.path("domains").forEach(d -> {
                    set.add(d.path("code").asText());
                    d.path("competences").forEach(c -> set.add(c.path("code").asText()));
                });
            } catch (YamlTree.Malformed e) {
                // reported by the second pass
            }
        }
        CourseReader.Competences all = (framework, code) -> codes.getOrDefault(framework, Set.of()).contains(code)
                || known.test(framework, code);
        CourseReader reader = new CourseReader(all);
        List<CourseModel.Framework> frameworks = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        for (String path : frameworkFiles) {
            var result = reader.readFramework(path, tree.text(path).orElse(""));
            problems.addAll(result.problems());
            if (result.ok()) {
                frameworks.add(result.value());
                hashes.put(result.value().code(), CourseFiles.of(Map.of(path, tree.get(path).orElseThrow())).sha256());
            }
        }
        Set<String> programmeFolders = new TreeSet<>();
        for (String path : tree.paths()) {
            if (path.endsWith("/" + CourseReader.PROGRAMME_FILE) && path.indexOf('/') == path.lastIndexOf('/')) {
                programmeFolders.add(path.substring(0, path.indexOf('/')));
            }
        }
        List<CourseModel.Course> courses = new ArrayList<>();
        for (String folder : programmeFolders) {
            var result = reader.readProgramme(tree.below(folder));
            result.problems().forEach(p -> problems.add(new ImportProblem(folder + "/" + p.file(), p.line(), p.field(), p.reason())));
            if (result.ok()) {
                courses.add(result.value());
            }
        }
        return new Contents(frameworks, hashes, courses, problems);
    }

}

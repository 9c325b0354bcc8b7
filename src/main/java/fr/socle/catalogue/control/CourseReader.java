package fr.socle.catalogue.control;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.catalogue.boundary.ComponentKind;
import fr.socle.catalogue.boundary.QuestionKind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads course files (courses/README.md) into the {@link CourseModel}, checking everything a file
 * can get wrong: YAML syntax, the JSON Schemas, and what no schema can say (a module listed but
 * missing, a quiz without its one right answer, a competence that no framework has...). Every
 * problem is reported, with its file and line; a course with problems is not returned.
 */
public final class CourseReader {

    public static final String PROGRAMME_FILE = "programme.yaml";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Pattern LOCAL_LINK = Pattern.compile("\\]\\(([^)\\s:#?]+)(?:\\s+\"[^\"]*\")?\\)");

    /** What was read: the course, or the problems that stop it. */
    public record Result<T>(T value, List<ImportProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Does a framework (by code) have this competence (or domain) code? */
    public interface Competences extends BiPredicate<String, String> {
    }

    private final Competences competences;

    public CourseReader(Competences competences) {
        this.competences = competences;
    }

    /** Reads one programme folder (programme.yaml at its root). */
    public Result<CourseModel.Course> readProgramme(CourseFiles files) {
        List<ImportProblem> problems = new ArrayList<>();
        Optional<CourseModel.Programme> programme = read(files, PROGRAMME_FILE, Schemas.Kind.PROGRAMME, CourseModel.Programme.class, problems);
        if (programme.isEmpty()) {
            return new Result<>(null, sorted(problems));
        }
        CourseModel.Programme p = programme.get();
        YamlTree programmeTree = tree(files, PROGRAMME_FILE);
        checkAnswerKeys(PROGRAMME_FILE, programmeTree, problems);
        checkSpecialisations(p, programmeTree, problems);

        Map<String, CourseModel.Module> modules = new LinkedHashMap<>();
        Map<String, CourseModel.Quiz> quizzes = new LinkedHashMap<>();
        Map<String, String> lessons = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (int c = 0; c < p.components().size(); c++) {
            CourseModel.Component component = p.components().get(c);
            for (int m = 0; m < component.modules().size(); m++) {
                String code = component.modules().get(m);
                String pointer = "/components/" + c + "/modules/" + m;
                if (!used.add(code)) {
                    problems.add(new ImportProblem(PROGRAMME_FILE, programmeTree.line(pointer), field(pointer),
                            "le module " + code + " figure deux fois dans le programme"));
                    continue;
                }
                String path = "modules/" + code + "/module.yaml";
                if (files.get(path).isEmpty()) {
                    problems.add(new ImportProblem(PROGRAMME_FILE, programmeTree.line(pointer), field(pointer),
                            "le module " + code + " n'a pas de fichier " + path));
                    continue;
                }
                read(files, path, Schemas.Kind.MODULE, CourseModel.Module.class, problems).ifPresent(module -> {
                    modules.put(code, module);
                    readModule(files, code, module, quizzes, lessons, problems);
                });
            }
        }
        Map<String, byte[]> assets = new LinkedHashMap<>();
        for (String path : files.paths()) {
            if (path.equals(PROGRAMME_FILE)) {
                continue;
            }
            String[] parts = path.split("/");
            if (parts.length < 3 || !parts[0].equals("modules")) {
                problems.add(new ImportProblem(path, null, null, "fichier inattendu : un programme contient programme.yaml et le dossier modules/"));
                continue;
            }
            if (!used.contains(parts[1])) {
                problems.add(new ImportProblem(path, null, null, "le dossier modules/" + parts[1] + " n'est cité par aucune composante"));
                continue;
            }
            String key = parts[1] + "/" + path.substring(("modules/" + parts[1] + "/").length());
            if (!path.endsWith("/module.yaml") && !quizzes.containsKey(key) && !lessons.containsKey(key)) {
                assets.put(key, files.get(path).orElseThrow());
            }
        }
        for (var lesson : lessons.entrySet()) {
            String module = lesson.getKey().substring(0, lesson.getKey().indexOf('/'));
            Matcher links = LOCAL_LINK.matcher(lesson.getValue());
            while (links.find()) {
                String target = module + "/" + links.group(1);
                if (!assets.containsKey(target) && !lessons.containsKey(target)) {
                    problems.add(new ImportProblem("modules/" + lesson.getKey(), lineOf(lesson.getValue(), links.start()), null,
                            "le fichier lié " + links.group(1) + " n'existe pas à côté de la leçon"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result<>(null, sorted(problems));
        }
        return new Result<>(new CourseModel.Course(p, modules, quizzes, lessons, assets, files.sha256()), List.of());
    }

    /** Reads one framework file. */
    public Result<CourseModel.Framework> readFramework(String name, String text) {
        List<ImportProblem> problems = new ArrayList<>();
        CourseFiles files = CourseFiles.of(Map.of(name, text.getBytes(StandardCharsets.UTF_8)));
        Optional<CourseModel.Framework> framework = read(files, name, Schemas.Kind.FRAMEWORK, CourseModel.Framework.class, problems);
        framework.ifPresent(f -> {
            YamlTree tree = tree(files, name);
            Set<String> codes = new HashSet<>();
            for (int d = 0; d < f.domains().size(); d++) {
                CourseModel.Domain domain = f.domains().get(d);
                if (!codes.add(domain.code())) {
                    problems.add(new ImportProblem(name, tree.line("/domains/" + d + "/code"), "domains." + d + ".code", "code en double : " + domain.code()));
                }
                for (int c = 0; c < domain.competences().size(); c++) {
                    if (!codes.add(domain.competences().get(c).code())) {
                        String pointer = "/domains/" + d + "/competences/" + c + "/code";
                        problems.add(new ImportProblem(name, tree.line(pointer), field(pointer), "code en double : " + domain.competences().get(c).code()));
                    }
                }
            }
            List<CourseModel.Mapping> mappings = f.mappings() == null ? List.of() : f.mappings();
            for (int i = 0; i < mappings.size(); i++) {
                CourseModel.Mapping m = mappings.get(i);
                if (!codes.contains(m.from())) {
                    problems.add(new ImportProblem(name, tree.line("/mappings/" + i + "/from"), "mappings." + i + ".from",
                            "compétence inconnue dans ce référentiel : " + m.from()));
                }
                if (!m.to().framework().equals(f.code()) && !competences.test(m.to().framework(), m.to().code())) {
                    problems.add(new ImportProblem(name, tree.line("/mappings/" + i + "/to"), "mappings." + i + ".to",
                            "compétence inconnue : " + m.to().framework() + " " + m.to().code()));
                }
            }
        });
        return new Result<>(problems.isEmpty() ? framework.orElse(null) : null, sorted(problems));
    }

    private void readModule(CourseFiles files, String code, CourseModel.Module module, Map<String, CourseModel.Quiz> quizzes,
                            Map<String, String> lessons, List<ImportProblem> problems) {
        String path = "modules/" + code + "/module.yaml";
        YamlTree tree = tree(files, path);
        if (!module.code().equals(code)) {
            problems.add(new ImportProblem(path, tree.line("/code"), "code", "le code " + module.code() + " n'est pas celui du dossier (" + code + ")"));
        }
        List<CourseModel.CompetenceRef> refs = module.competences() == null ? List.of() : module.competences();
        for (int i = 0; i < refs.size(); i++) {
            CourseModel.CompetenceRef ref = refs.get(i);
            if (!competences.test(ref.framework(), ref.code())) {
                problems.add(new ImportProblem(path, tree.line("/competences/" + i), "competences." + i,
                        "compétence inconnue : " + ref.framework() + " " + ref.code()));
            }
        }
        Set<String> files2 = new HashSet<>();
        for (int i = 0; i < module.activities().size(); i++) {
            CourseModel.Activity a = module.activities().get(i);
            String pointer = "/activities/" + i;
            boolean needsFile = a.type() == ActivityKind.LESSON || a.type() == ActivityKind.QUIZ;
            if (a.file() != null && !needsFile) {
                problems.add(new ImportProblem(path, tree.line(pointer + "/file"), field(pointer + "/file"),
                        "seules les leçons et les quiz ont un fichier"));
                continue;
            }
            if (!needsFile) {
                continue;
            }
            if (!files2.add(a.file())) {
                problems.add(new ImportProblem(path, tree.line(pointer + "/file"), field(pointer + "/file"), "fichier utilisé deux fois : " + a.file()));
                continue;
            }
            String filePath = "modules/" + code + "/" + a.file();
            Optional<byte[]> content = files.get(filePath);
            if (content.isEmpty()) {
                problems.add(new ImportProblem(path, tree.line(pointer + "/file"), field(pointer + "/file"), "fichier introuvable : " + a.file()));
                continue;
            }
            if (a.type() == ActivityKind.LESSON) {
                Optional<String> text = utf8(content.get());
                if (text.isEmpty()) {
                    problems.add(new ImportProblem(filePath, null, null, "le fichier n'est pas en UTF-8"));
                } else if (text.get().isBlank()) {
                    problems.add(new ImportProblem(filePath, 1, null, "la leçon est vide"));
                } else {
                    lessons.put(code + "/" + a.file(), text.get());
                }
            } else {
                read(files, filePath, Schemas.Kind.QUIZ, CourseModel.Quiz.class, problems).ifPresent(quiz -> {
                    YamlTree quizTree = tree(files, filePath);
                    if (!checkAnswerKeys(filePath, quizTree, problems)) {
                        checkQuiz(filePath, quizTree, quiz, problems);
                    }
                    quizzes.put(code + "/" + a.file(), quiz);
                });
            }
        }
    }

    /**
     * Files exported for a reader who may not author the programme say {@code answerKeys: omitted}:
     * their quizzes could not be graded, so they are refused (once per file, not once per question).
     * True when the file has the marker.
     */
    private static boolean checkAnswerKeys(String file, YamlTree tree, List<ImportProblem> problems) {
        if (!tree.root().has(CourseModel.ANSWER_KEYS)) {
            return false;
        }
        problems.add(new ImportProblem(file, tree.line("/" + CourseModel.ANSWER_KEYS), CourseModel.ANSWER_KEYS,
                "ces fichiers viennent d'un export sans les réponses des quiz (fait par quelqu'un qui ne peut pas modifier le programme) : "
                        + "importez l'export d'un de ses auteurs, ou écrivez les réponses (correct, answer, accepted) et retirez cette ligne"));
        return true;
    }

    private static void checkQuiz(String file, YamlTree tree, CourseModel.Quiz quiz, List<ImportProblem> problems) {
        for (int i = 0; i < quiz.questions().size(); i++) {
            CourseModel.Question q = quiz.questions().get(i);
            long correct = q.choices() == null ? 0 : q.choices().stream().filter(c -> Boolean.TRUE.equals(c.correct())).count();
            String pointer = "/questions/" + i;
            if (q.type() == QuestionKind.SINGLE && correct != 1) {
                problems.add(new ImportProblem(file, tree.line(pointer), field(pointer), "une question SINGLE a exactement une bonne réponse (ici " + correct + ")"));
            }
            if (q.type() == QuestionKind.MULTIPLE && correct < 1) {
                problems.add(new ImportProblem(file, tree.line(pointer), field(pointer), "une question MULTIPLE a au moins une bonne réponse"));
            }
        }
    }

    private static void checkSpecialisations(CourseModel.Programme p, YamlTree tree, List<ImportProblem> problems) {
        long count = p.components().stream().filter(c -> c.kind() == ComponentKind.SPECIALISATION).count();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < p.components().size(); i++) {
            if (!codes.add(p.components().get(i).code())) {
                problems.add(new ImportProblem(PROGRAMME_FILE, tree.line("/components/" + i + "/code"), "components." + i + ".code",
                        "composante en double : " + p.components().get(i).code()));
            }
        }
        if (p.components().stream().noneMatch(c -> c.kind() == ComponentKind.TRONC_COMMUN)) {
            problems.add(new ImportProblem(PROGRAMME_FILE, tree.line("/components"), "components", "un programme a un tronc commun (TRONC_COMMUN)"));
        }
        if (p.specialisations() == null) {
            if (count > 0) {
                problems.add(new ImportProblem(PROGRAMME_FILE, tree.line("/components"), "specialisations",
                        "le programme a des spécialisations : indiquez combien choisir (specialisations: { min, max })"));
            }
            return;
        }
        if (p.specialisations().min() > p.specialisations().max()) {
            problems.add(new ImportProblem(PROGRAMME_FILE, tree.line("/specialisations"), "specialisations", "min est plus grand que max"));
        }
        if (count < p.specialisations().min()) {
            problems.add(new ImportProblem(PROGRAMME_FILE, tree.line("/specialisations"), "specialisations",
                    "il faut choisir " + p.specialisations().min() + " spécialisation(s) mais le programme n'en a que " + count));
        }
    }

    private static <T> Optional<T> read(CourseFiles files, String path, Schemas.Kind kind, Class<T> type, List<ImportProblem> problems) {
        Optional<byte[]> bytes = files.get(path);
        if (bytes.isEmpty()) {
            problems.add(new ImportProblem(path, null, null, "fichier manquant"));
            return Optional.empty();
        }
        Optional<String> text = utf8(bytes.get());
        if (text.isEmpty()) {
            problems.add(new ImportProblem(path, null, null, "le fichier n'est pas en UTF-8"));
            return Optional.empty();
        }
        YamlTree tree;
        try {
            tree = YamlTree.parse(text.get());
        } catch (YamlTree.Malformed e) {
            problems.add(new ImportProblem(path, e.line(), null, "YAML invalide : " + e.getMessage()));
            return Optional.empty();
        }
        List<ImportProblem> schemaProblems = Schemas.get().check(kind, path, tree);
        if (!schemaProblems.isEmpty()) {
            problems.addAll(schemaProblems);
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.treeToValue(tree.root(), type));
        } catch (Exception e) {
            problems.add(new ImportProblem(path, null, null, "contenu illisible : " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static YamlTree tree(CourseFiles files, String path) {
        try {
            return YamlTree.parse(files.text(path).orElseThrow());
        } catch (YamlTree.Malformed e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String field(String pointer) {
        return pointer.startsWith("/") ? pointer.substring(1).replace('/', '.') : pointer;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream().distinct().sorted(Comparator.comparing(ImportProblem::file)
                .thenComparing(p -> p.line() == null ? 0 : p.line())).toList();
    }

}

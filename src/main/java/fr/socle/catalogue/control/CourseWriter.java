package fr.socle.catalogue.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a course in the file format of courses/: what an export of a programme version gives. An
 * author of the programme gets it whole ({@link #write}); any other reader gets it without the
 * quizzes' answer keys ({@link #writeWithoutAnswerKeys}), and the files say so.
 */
public final class CourseWriter {

    /** Heads programme.yaml and each quiz file written without the answer keys (courses/README.md). */
    static final String KEYLESS_COMMENT = "# " + CourseModel.ANSWER_KEYS + ": " + CourseModel.OMITTED
            + " - export d'un lecteur : les réponses des quiz (correct, answer, accepted) et leurs explications (feedback)\n"
            + "# ne sont remises qu'à ceux qui peuvent modifier le programme. Ces fichiers ne se réimportent pas tels quels.\n";

    private CourseWriter() {
    }

    /** The whole course, answer keys included: for those who may author the programme. */
    public static CourseFiles write(CourseModel.Course course) {
        return write(course, true);
    }

    /**
     * The course for any other reader: the quizzes' questions and choices without which is right and
     * without the explanations, programme.yaml and every quiz file marked {@code answerKeys: omitted}.
     */
    public static CourseFiles writeWithoutAnswerKeys(CourseModel.Course course) {
        return write(course.withoutAnswerKeys(), false);
    }

    private static CourseFiles write(CourseModel.Course course, boolean keys) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(CourseReader.PROGRAMME_FILE, yaml(programme(course.programme(), keys), keys));
        for (CourseModel.Module m : course.modules().values()) {
            String folder = "modules/" + m.code() + "/";
            files.put(folder + "module.yaml", yaml(module(m), true));
        }
        course.lessons().forEach((key, text) -> files.put("modules/" + key, text.getBytes(StandardCharsets.UTF_8)));
        course.quizzes().forEach((key, quiz) -> files.put("modules/" + key, yaml(quiz(quiz, keys), keys)));
        course.assets().forEach((key, bytes) -> files.put("modules/" + key, bytes));
        return CourseFiles.of(files);
    }

    private static Map<String, Object> programme(CourseModel.Programme p, boolean keys) {
        Map<String, Object> map = new LinkedHashMap<>();
        marker(map, keys);
        put(map, "code", p.code());
        put(map, "title", p.title());
        put(map, "audience", p.audience().name());
        put(map, "certification", p.certification());
        put(map, "level", p.level());
        put(map, "licence", p.licence());
        Map<String, Object> sheet = new LinkedHashMap<>();
        put(sheet, "objectives", p.sheet().objectives());
        put(sheet, "prerequisites", p.sheet().prerequisites());
        put(sheet, "assessment", p.sheet().assessment());
        put(sheet, "accessibility", p.sheet().accessibility());
        put(sheet, "price", p.sheet().price());
        put(sheet, "accessDelay", p.sheet().accessDelay());
        map.put("sheet", sheet);
        if (p.specialisations() != null) {
            map.put("specialisations", new LinkedHashMap<>(Map.of("min", p.specialisations().min(), "max", p.specialisations().max())));
        }
        map.put("components", p.components().stream().map(c -> {
            Map<String, Object> cm = new LinkedHashMap<>();
            put(cm, "code", c.code());
            put(cm, "kind", c.kind().name());
            put(cm, "title", c.title());
            put(cm, "description", c.description());
            put(cm, "modules", c.modules());
            return cm;
        }).toList());
        return map;
    }

    private static Map<String, Object> module(CourseModel.Module m) {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "code", m.code());
        put(map, "title", m.title());
        put(map, "hours", number(m.hours()));
        put(map, "modality", m.modality().name());
        put(map, "objectives", m.objectives());
        put(map, "prerequisites", m.prerequisites());
        put(map, "licence", m.licence());
        if (m.competences() != null) {
            map.put("competences", m.competences().stream().map(c -> {
                Map<String, Object> cm = new LinkedHashMap<>();
                put(cm, "framework", c.framework());
                put(cm, "code", c.code());
                put(cm, "level", c.level());
                return cm;
            }).toList());
        }
        map.put("activities", m.activities().stream().map(a -> {
            Map<String, Object> am = new LinkedHashMap<>();
            put(am, "type", a.type().name());
            put(am, "title", a.title());
            put(am, "minutes", a.minutes());
            put(am, "file", a.file());
            put(am, "url", a.url());
            put(am, "instructions", a.instructions());
            put(am, "passMark", a.passMark());
            put(am, "completion", a.completion() == null ? null : a.completion().name());
            return am;
        }).toList());
        return map;
    }

    private static Map<String, Object> quiz(CourseModel.Quiz q, boolean keys) {
        Map<String, Object> map = new LinkedHashMap<>();
        marker(map, keys);
        put(map, "title", q.title());
        put(map, "passMark", q.passMark());
        put(map, "attempts", q.attempts());
        put(map, "shuffle", q.shuffle());
        map.put("questions", q.questions().stream().map(question -> {
            Map<String, Object> qm = new LinkedHashMap<>();
            put(qm, "type", question.type().name());
            put(qm, "text", question.text());
            if (question.choices() != null) {
                qm.put("choices", question.choices().stream().map(c -> {
                    Map<String, Object> cm = new LinkedHashMap<>();
                    put(cm, "text", c.text());
                    put(cm, "correct", c.correct());
                    put(cm, "feedback", c.feedback());
                    return cm;
                }).toList());
            }
            put(qm, "answer", question.answer());
            put(qm, "accepted", question.accepted());
            put(qm, "feedback", question.feedback());
            return qm;
        }).toList());
        return map;
    }

    private static void marker(Map<String, Object> map, boolean keys) {
        if (!keys) {
            map.put(CourseModel.ANSWER_KEYS, CourseModel.OMITTED);
        }
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            map.put(key, value);
        }
    }

    private static Object number(BigDecimal value) {
        BigDecimal n = CourseMapper.normal(value);
        return n.scale() == 0 ? (Object) n.longValueExact() : (Object) n.doubleValue();
    }

    private static byte[] yaml(Object document, boolean keys) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return ((keys ? "" : KEYLESS_COMMENT) + new Yaml(options).dump(document)).getBytes(StandardCharsets.UTF_8);
    }
}

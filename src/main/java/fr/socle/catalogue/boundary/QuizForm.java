package fr.socle.catalogue.boundary;

import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Question;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a quiz form holds, by question id, and the answers it makes: for the learner pages and the preview. */
public class QuizForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> single = new HashMap<>();
    private final Map<String, List<String>> multiple = new HashMap<>();
    private final Map<String, String> text = new HashMap<>();

    /** One answer per question of the quiz, in order. */
    public List<Question.Answer> answers(Activity quiz) {
        List<Question.Answer> answers = new ArrayList<>();
        for (Question q : quiz.getQuestions()) {
            Set<Integer> chosen = new HashSet<>();
            if (q.getKind() == QuestionKind.SINGLE && single.get(q.getId()) != null) {
                chosen.add(Integer.parseInt(single.get(q.getId())));
            }
            if (q.getKind() == QuestionKind.MULTIPLE && multiple.get(q.getId()) != null) {
                multiple.get(q.getId()).forEach(s -> chosen.add(Integer.parseInt(s)));
            }
            Boolean trueFalse = q.getKind() == QuestionKind.TRUE_FALSE && single.get(q.getId()) != null
                    ? Boolean.valueOf(single.get(q.getId())) : null;
            answers.add(new Question.Answer(chosen, trueFalse, text.get(q.getId())));
        }
        return answers;
    }

    public Map<String, String> getSingle() {
        return single;
    }

    public Map<String, List<String>> getMultiple() {
        return multiple;
    }

    public Map<String, String> getText() {
        return text;
    }
}

package fr.socle.learning.control;

import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeComponent;
import fr.socle.learning.boundary.LearningRecord;
import fr.socle.learning.entity.ActivityResult;
import fr.socle.learning.entity.Enrolment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When an activity, a module, a component and a programme are complete for a learner: an activity
 * when its own rule is met (read, opened, quiz passed, assignment graded, attendance signed); a
 * module when all its activities are; a component when all its modules are; a programme when the
 * tronc commun, the stage and the chosen spécialisations (as many as the programme requires) are.
 *
 * @param completed the activities (ids) the learner has completed
 */
public record CompletionRules(Enrolment enrolment, Set<String> completed) {

    public boolean isComplete(Activity activity) {
        return completed.contains(activity.getId());
    }

    public boolean isComplete(Module module) {
        return module.getActivities().stream().allMatch(this::isComplete);
    }

    public boolean isComplete(ProgrammeComponent component) {
        return component.getModules().stream().allMatch(this::isComplete);
    }

    /** The whole enrolment: its one module, or every required component with the spécialisations chosen. */
    public boolean isComplete() {
        if (enrolment.getModuleCode() != null) {
            return enrolment.modules().stream().allMatch(this::isComplete);
        }
        return enrolment.hasChosen() && enrolment.requiredComponents().stream().allMatch(this::isComplete);
    }

    /** Share of the activities done, in percent. */
    public int percent(List<Module> modules) {
        long total = modules.stream().mapToLong(m -> m.getActivities().size()).sum();
        long done = modules.stream().flatMap(m -> m.getActivities().stream()).filter(this::isComplete).count();
        return total == 0 ? 0 : (int) (100 * done / total);
    }

    public int percent(Module module) {
        return percent(List.of(module));
    }

    public int percent() {
        return percent(enrolment.modules());
    }

    /** The next thing to do: the first activity not done, in the order of the programme. */
    public Optional<Activity> next() {
        return enrolment.modules().stream().flatMap(m -> m.getActivities().stream()).filter(a -> !isComplete(a)).findFirst();
    }

    /** The modules followed, each with its minutes in the ledger and whether it is complete. */
    public List<LearningRecord.ModuleRecord> moduleRecords(Map<String, Integer> minutesByModule) {
        return enrolment.modules().stream().map(m -> new LearningRecord.ModuleRecord(m.getCode(), m.getTitle(), m.getModality(),
                m.getObjectives(), minutesByModule.getOrDefault(m.getCode(), 0), isComplete(m))).toList();
    }

    /** The results of the activities of the modules followed, in the programme's order. */
    public List<LearningRecord.Result> results(Map<String, ActivityResult> byActivity) {
        List<LearningRecord.Result> out = new ArrayList<>();
        for (Module m : enrolment.modules()) {
            for (Activity a : m.getActivities()) {
                ActivityResult r = byActivity.get(a.getId());
                if (r != null) {
                    out.add(new LearningRecord.Result(m.getCode(), a.getId(), a.getTitle(), r.getBestScore(), r.getAttempts(), r.isCompleted(),
                            r.getCompletedAt()));
                }
            }
        }
        return out;
    }

    /** The competences the modules followed target (of the completed ones only with {@code completedOnly}), without repeats. */
    public List<String> competences(boolean completedOnly) {
        var labels = new LinkedHashSet<String>();
        enrolment.modules().stream().filter(m -> !completedOnly || isComplete(m)).forEach(m -> labels.addAll(m.competenceLabels()));
        return List.copyOf(labels);
    }
}

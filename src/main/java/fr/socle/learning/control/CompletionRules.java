package fr.socle.learning.control;

import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeComponent;
import fr.socle.learning.entity.Enrolment;
import java.util.List;
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
}

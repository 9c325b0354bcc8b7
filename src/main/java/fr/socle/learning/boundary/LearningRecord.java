package fr.socle.learning.boundary;

import fr.socle.catalogue.boundary.Audience;
import fr.socle.catalogue.boundary.Modality;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What learning publishes of one enrolment, read in one go: who, where, which programme, how far
 * (status, dates), the hours ledger's minutes by module and by source and the period they fall in,
 * the results of the activities, the competences of the modules followed (and of those completed),
 * and which achievements it earns. Other features read this, never the enrolment's tables.
 *
 * @param moduleCode set when the enrolment is in one module only
 * @param specialisations the titles of the spécialisations chosen (none for a module enrolment)
 * @param modules the modules followed, in the programme's order
 * @param minutesByModule the ledger's minutes by module code, every module (followed or not)
 * @param minutesBySource the ledger's minutes by source (absent: none)
 * @param firstHoursAt when the earliest ledger entry occurred (null when there is none)
 * @param lastHoursAt when the latest ledger entry occurred (null when there is none)
 * @param results the results of the activities of the modules followed, in the programme's order
 * @param competences the competences the modules followed target ("label (niveau n)"), without repeats
 * @param competencesValidated those of the modules completed
 * @param shortfalls for each achievement not earned, why ({@code notProgramme}, {@code notComplete},
 *     {@code notStarted}, {@code notElu})
 */
public record LearningRecord(String enrolmentId, String accountId, String learnerName, String organisationId, String organisationName,
                             String versionId, String programmeCode, int versionNumber, String title, Integer level, Audience audience,
                             List<String> objectives, String moduleCode, List<String> specialisations, EnrolmentStatus status,
                             Funding funding, ProfileType profileType, String employerSiret, Instant enrolledAt, Instant startedAt,
                             Instant endedAt, List<ModuleRecord> modules, Map<String, Integer> minutesByModule,
                             Map<HoursSource, Integer> minutesBySource,
                             Instant firstHoursAt, Instant lastHoursAt, List<Result> results, List<String> competences,
                             List<String> competencesValidated, Map<Achievement, String> shortfalls) {

    public LearningRecord {
        objectives = List.copyOf(objectives);
        specialisations = List.copyOf(specialisations);
        modules = List.copyOf(modules);
        minutesByModule = Map.copyOf(minutesByModule);
        minutesBySource = Map.copyOf(minutesBySource);
        results = List.copyOf(results);
        competences = List.copyOf(competences);
        competencesValidated = List.copyOf(competencesValidated);
        shortfalls = Map.copyOf(shortfalls);
    }

    /** One module followed: its minutes in the ledger and whether every activity of it is done. */
    public record ModuleRecord(String code, String title, Modality modality, List<String> objectives, int minutes, boolean complete) {
        public ModuleRecord {
            objectives = List.copyOf(objectives);
        }
    }

    /** Where the learner stands on one activity: best score (null when ungraded), attempts, done or not. */
    public record Result(String moduleCode, String activityId, String title, Integer bestScore, int attempts, boolean completed,
                         Instant completedAt) {
    }

    /** Whether the enrolment is in one module only (not the whole programme). */
    public boolean moduleEnrolment() {
        return moduleCode != null;
    }

    /** Every minute of the ledger for this enrolment. */
    public int minutes() {
        return minutesBySource.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int minutes(HoursSource source) {
        return minutesBySource.getOrDefault(source, 0);
    }

    /** The minutes of one module (0 when it has none). */
    public int minutes(String moduleCode) {
        return minutesByModule.getOrDefault(moduleCode, 0);
    }

    public boolean earns(Achievement achievement) {
        return !shortfalls.containsKey(achievement);
    }

    /** Why the achievement is not earned (a message key's last part), or empty when it is. */
    public Optional<String> shortfall(Achievement achievement) {
        return Optional.ofNullable(shortfalls.get(achievement));
    }

    /** When the training ended: its end, else the last ledger entry, else its start. */
    public Instant lastActivityAt() {
        return endedAt != null ? endedAt : lastHoursAt != null ? lastHoursAt : startedAt;
    }
}

package fr.socle.reporting.control;

import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.boundary.ProfileType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An organisation's people in training: enrolments by status and by programme, completion by
 * profile type (agents, élus, médiateurs…), and the ledger's minutes month by month.
 */
public record OrganisationProgress(List<ProgrammeCounts> programmes, List<ProfileCompletion> profiles, List<MonthMinutes> months) {

    /** A count of enrolments as the database groups them: by programme and status. */
    public record ProgrammeStatus(String code, String title, EnrolmentStatus status, long count) {
    }

    /** A count of enrolments by the learner's profile type (null: no profile given) and status. */
    public record ProfileStatus(ProfileType type, EnrolmentStatus status, long count) {
    }

    public record ProgrammeCounts(String code, String title, Map<EnrolmentStatus, Long> counts) {

        public long count(EnrolmentStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** @param type null for learners who have not said */
    public record ProfileCompletion(ProfileType type, long enrolments, long completed) {

        /** Completed enrolments (TERMINE) out of all, in percent. */
        public int rate() {
            return enrolments == 0 ? 0 : (int) (100 * completed / enrolments);
        }
    }

    public record MonthMinutes(YearMonth month, int minutes) {
    }

    public static OrganisationProgress of(Collection<ProgrammeStatus> byProgramme, Collection<ProfileStatus> byProfile,
                                          Collection<MonthMinutes> months) {
        Map<String, ProgrammeCounts> programmes = new LinkedHashMap<>();
        byProgramme.stream().sorted(Comparator.comparing(ProgrammeStatus::code)).forEach(c -> programmes
                .computeIfAbsent(c.code(), k -> new ProgrammeCounts(c.code(), c.title(), new EnumMap<>(EnrolmentStatus.class)))
                .counts().merge(c.status(), c.count(), Long::sum));
        Map<ProfileType, long[]> profiles = new LinkedHashMap<>();
        byProfile.stream().sorted(Comparator.comparing(ProfileStatus::type, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(p -> {
                    long[] counts = profiles.computeIfAbsent(p.type(), k -> new long[2]);
                    counts[0] += p.count();
                    if (p.status() == EnrolmentStatus.TERMINE) {
                        counts[1] += p.count();
                    }
                });
        List<ProfileCompletion> completion = new ArrayList<>();
        profiles.forEach((type, counts) -> completion.add(new ProfileCompletion(type, counts[0], counts[1])));
        return new OrganisationProgress(List.copyOf(programmes.values()), completion,
                months.stream().sorted(Comparator.comparing(MonthMinutes::month)).toList());
    }

    /** Enrolments by status, over every programme, in the order of the statuses. */
    public Map<EnrolmentStatus, Long> byStatus() {
        Map<EnrolmentStatus, Long> totals = new EnumMap<>(EnrolmentStatus.class);
        for (EnrolmentStatus s : EnrolmentStatus.values()) {
            totals.put(s, programmes.stream().mapToLong(p -> p.count(s)).sum());
        }
        return totals;
    }

    public long enrolments() {
        return programmes.stream().mapToLong(ProgrammeCounts::total).sum();
    }

    public int minutes() {
        return months.stream().mapToInt(MonthMinutes::minutes).sum();
    }

    public boolean isEmpty() {
        return enrolments() == 0 && months.stream().allMatch(m -> Objects.equals(m.minutes(), 0));
    }
}

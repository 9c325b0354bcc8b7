package fr.socle.reporting.control;

import fr.socle.catalogue.boundary.Modality;
import fr.socle.learning.entity.LearnerProfile;
import fr.socle.learning.boundary.ProfileType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Hours delivered, broken down by programme, modality, audience, organisation and period: each
 * breakdown a sum of the same ledger entries (minutes), so every one of them adds up to the total.
 * An entry whose module is not found in its version has no modality ({@code null} key, "unknown").
 */
public final class HoursBreakdown {

    /** How entries are grouped in time (Europe/Paris days). */
    public enum Period { MONTH, QUARTER, YEAR }

    /** Who the hours were delivered to, from the learner's profile; no profile counts as {@link #AUTRE}. */
    public enum Audience {
        AGENT_A, AGENT_B, AGENT_C, AGENT_SANS_CATEGORIE, ELU, CONSEILLER_NUMERIQUE, AUTRE;

        public static Audience of(ProfileType type, LearnerProfile.Category category) {
            if (type == null) {
                return AUTRE;
            }
            return switch (type) {
                case AGENT_TERRITORIAL -> category == null ? AGENT_SANS_CATEGORIE : valueOf("AGENT_" + category.name());
                case ELU -> ELU;
                case CONSEILLER_NUMERIQUE -> CONSEILLER_NUMERIQUE;
                default -> AUTRE;
            };
        }
    }

    /** One ledger entry, with what it is broken down by. */
    public record Entry(String organisation, String programme, String module, Modality modality, Audience audience, Instant occurredAt,
                        int minutes) {
    }

    /** One part of a breakdown: its key (a code, an enum name, a period such as 2026-03, 2026-T1 or 2026; null for unknown). */
    public record Slice(String key, int minutes) {
    }

    public record Result(int minutes, List<Slice> byProgramme, List<Slice> byModality, List<Slice> byAudience, List<Slice> byOrganisation,
                         List<Slice> byPeriod, Period period) {
    }

    private HoursBreakdown() {
    }

    public static Result of(List<Entry> entries, Period period, ZoneId zone) {
        int total = entries.stream().mapToInt(Entry::minutes).sum();
        return new Result(total,
                by(entries, Entry::programme),
                by(entries, e -> e.modality() == null ? null : e.modality().name()),
                by(entries, e -> e.audience().name()),
                by(entries, Entry::organisation),
                by(entries, e -> key(e.occurredAt().atZone(zone).toLocalDate(), period)),
                period);
    }

    /** The period a day falls in: 2026-03, 2026-T1 (trimestre) or 2026. */
    public static String key(LocalDate day, Period period) {
        return switch (period) {
            case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-T" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(day.getYear());
        };
    }

    private static List<Slice> by(List<Entry> entries, Function<Entry, String> key) {
        Map<String, Integer> sums = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Entry e : entries) {
            sums.merge(key.apply(e), e.minutes(), Integer::sum);
        }
        return sums.entrySet().stream().map(s -> new Slice(s.getKey(), s.getValue())).toList();
    }
}

package fr.socle.learning.control;

import fr.socle.platform.Formats;
import fr.socle.learning.entity.HoursEntry;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Totals of the hours ledger. The learner's, the module's and the organisation's figures are all
 * sums of the same entries, so they always add up to the same total.
 */
public final class HoursLedger {

    private HoursLedger() {
    }

    public static int totalMinutes(Collection<HoursEntry> entries) {
        return entries.stream().mapToInt(HoursEntry::getMinutes).sum();
    }

    public static Map<String, Integer> byLearner(Collection<HoursEntry> entries) {
        return sum(entries, HoursEntry::getLearnerId);
    }

    public static Map<String, Integer> byOrganisation(Collection<HoursEntry> entries) {
        return sum(entries, HoursEntry::getOrganisationId);
    }

    public static Map<String, Integer> byModule(Collection<HoursEntry> entries) {
        return sum(entries, HoursEntry::getModuleCode);
    }

    public static Map<HoursEntry.Source, Integer> bySource(Collection<HoursEntry> entries) {
        Map<HoursEntry.Source, Integer> totals = new java.util.EnumMap<>(HoursEntry.Source.class);
        entries.forEach(e -> totals.merge(e.getSource(), e.getMinutes(), Integer::sum));
        return totals;
    }

    /** Minutes as people read hours: "12 h 30". */
    public static String hours(int minutes) {
        return Formats.minutesAsHours(minutes);
    }

    private static <K> Map<K, Integer> sum(Collection<HoursEntry> entries, Function<HoursEntry, K> key) {
        Map<K, Integer> totals = new TreeMap<>();
        entries.forEach(e -> totals.merge(key.apply(e), e.getMinutes(), Integer::sum));
        return totals;
    }
}

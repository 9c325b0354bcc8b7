package fr.socle.agrement.boundary;

import fr.socle.agrement.control.AgrementState;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's agrément on a day: its state, the current decision, the deadlines, the history
 * (oldest first). {@code current}, the dates and {@code threshold} are null when it has none.
 */
public record AgrementStanding(String organisationId, String organisationName, LocalDate on, AgrementState state, AgrementOutput current,
                               LocalDate renewalDeadline, LocalDate lastDay, LocalDate nextDeadline, String threshold,
                               List<AgrementOutput> history) {

    /** Whether it calls for action: A_RENOUVELER, DEPASSE or EXPIRE. */
    public boolean warning() {
        return state == AgrementState.A_RENOUVELER || state == AgrementState.DEPASSE || state == AgrementState.EXPIRE;
    }
}

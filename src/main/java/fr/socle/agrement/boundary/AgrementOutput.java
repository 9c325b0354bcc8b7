package fr.socle.agrement.boundary;

import fr.socle.agrement.entity.Agrement;
import java.time.Instant;
import java.time.LocalDate;

/** One decision of an organisation's agrément history, with its computed last day and filing deadline. */
public record AgrementOutput(String id, int position, AgrementKind kind, String number, LocalDate grantedOn, LocalDate startsOn,
                             LocalDate lastDay, LocalDate renewalDeadline, String decisionReference, String recordedBy, Instant recordedAt) {

    static AgrementOutput of(Agrement a, LocalDate renewalDeadline) {
        return new AgrementOutput(a.getId(), a.getPosition(), a.getKind(), a.getNumber(), a.getGrantedOn(), a.getStartsOn(), a.getLastDay(),
                renewalDeadline, a.getDecisionReference(), a.getRecordedBy().getDisplayName(), a.getRecordedAt());
    }
}

package fr.socle.identity.boundary;

import fr.socle.identity.entity.NameChange;
import java.time.Instant;

/**
 * A change of an account's name as the API shows it: the name before, the name asked for, why, who asked
 * and when, and who decided and when ({@code direct}: made by an administrator without a request).
 */
public record NameChangeOutput(String id, String accountId, String currentName, String previousName, String requestedName, String reason,
                               boolean direct, NameChange.Status status, String requestedBy, Instant requestedAt, String decidedBy,
                               Instant decidedAt, String note) {

    public static NameChangeOutput of(NameChange n) {
        return new NameChangeOutput(n.getId(), n.getAccount().getId(), n.getAccount().getDisplayName(), n.getPreviousName(),
                n.getRequestedName(), n.getReason(), n.isDirect(), n.getStatus(), n.getRequester().getDisplayName(), n.getRequestedAt(),
                n.getDecider() == null ? null : n.getDecider().getDisplayName(), n.getDecidedAt(), n.getDecisionNote());
    }
}

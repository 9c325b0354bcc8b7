package fr.socle.identity.boundary;

import fr.socle.platform.Role;
import fr.socle.identity.entity.Invitation;
import java.time.Instant;

/**
 * An invitation as the API shows it, to the invited person and to the organisation's administrators: what
 * the administrator typed (the e-mail), the role, the dates and the status on this instant. Never the
 * invited account's id or name: the organisation learns them only when the person accepts.
 */
public record InvitationOutput(String id, String organisationId, String organisationName, String email, Role role, String invitedBy,
                               Instant invitedAt, Instant expiresAt, Invitation.Status status, Instant answeredAt) {

    public static InvitationOutput of(Invitation i, Instant now) {
        return new InvitationOutput(i.getId(), i.getOrganisation().getId(), i.getOrganisation().getName(), i.getEmail(), i.getRole(),
                i.getInviter().getDisplayName(), i.getInvitedAt(), i.getExpiresAt(), i.statusAt(now), i.getAnsweredAt());
    }
}

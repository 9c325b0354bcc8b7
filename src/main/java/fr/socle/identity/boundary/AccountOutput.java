package fr.socle.identity.boundary;

import fr.socle.platform.Role;
import fr.socle.platform.Caller;
import fr.socle.identity.entity.Account;
import java.time.Instant;
import java.util.List;

/**
 * An account as the API shows it: never its password hash. {@code notice}, absent otherwise, tells the
 * caller what else a change did (a new password ended the account's sessions and revoked its tokens).
 */
public record AccountOutput(String id, String email, String displayName, boolean active, Instant createdAt,
                            Instant lastLoginAt, List<Grant> roles, String notice) {

    public AccountOutput withNotice(String text) {
        return new AccountOutput(id, email, displayName, active, createdAt, lastLoginAt, roles, text);
    }

    public record Grant(String organisationId, String organisationName, Role role) {
    }

    /** The account as a caller sees it: only its roles in organisations the caller may read (all of them for itself). */
    public static AccountOutput of(Account a, Caller viewer) {
        boolean self = a.getId().equals(viewer.accountId());
        return new AccountOutput(a.getId(), a.getEmail(), a.getDisplayName(), a.isActive(), a.getCreatedAt(),
                a.getLastLoginAt(), a.getMemberships().stream()
                .filter(m -> self || viewer.platformAdmin() || m.getOrganisationId() != null && viewer.canRead(m.getOrganisationId()))
                .map(m -> new Grant(m.getOrganisationId(),
                        m.getOrganisation() == null ? null : m.getOrganisation().getName(), m.getRole()))
                .toList(), null);
    }
}

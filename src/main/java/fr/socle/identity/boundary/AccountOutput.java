package fr.socle.identity.boundary;

import fr.socle.identity.entity.Account;
import fr.socle.identity.entity.Role;
import java.time.Instant;
import java.util.List;

/** An account as the API shows it: never its password hash. */
public record AccountOutput(String id, String email, String displayName, boolean active, Instant createdAt,
                            Instant lastLoginAt, List<Grant> roles) {

    public record Grant(String organisationId, String organisationName, Role role) {
    }

    public static AccountOutput of(Account a) {
        return new AccountOutput(a.getId(), a.getEmail(), a.getDisplayName(), a.isActive(), a.getCreatedAt(),
                a.getLastLoginAt(), a.getMemberships().stream()
                .map(m -> new Grant(m.getOrganisationId(),
                        m.getOrganisation() == null ? null : m.getOrganisation().getName(), m.getRole()))
                .toList());
    }
}

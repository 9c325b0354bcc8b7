package fr.socle.platform;

import fr.socle.platform.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, and so which organisations they may read and administer. Every tenant-scoped
 * query asks this object for its scope: this is the one place where the tenancy rules live.
 *
 * <ul>
 *   <li>PLATFORM_ADMIN reads and administers every organisation.</li>
 *   <li>REGISTRAR reads every organisation and changes none (unless also an administrator).</li>
 *   <li>ORG_ADMIN administers its organisation and the members of its mutualisation structure,
 *       at any depth.</li>
 *   <li>Any member reads the organisations it belongs to; nothing else.</li>
 * </ul>
 *
 * @param rolesByOrganisation the caller's roles in each organisation it belongs to
 * @param administered        the organisations the caller administers (its ORG_ADMIN ones and their members)
 */
public record Caller(String accountId, String email, String displayName, boolean platformAdmin,
                     Map<String, Set<Role>> rolesByOrganisation, Set<String> administered) {

    public Caller {
        rolesByOrganisation = rolesByOrganisation.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        administered = Set.copyOf(administered);
    }

    public boolean isRegistrar() {
        return hasRole(Role.REGISTRAR);
    }

    public boolean hasRole(Role role) {
        if (role == Role.PLATFORM_ADMIN) {
            return platformAdmin;
        }
        return rolesByOrganisation.values().stream().anyMatch(roles -> roles.contains(role));
    }

    public boolean hasAnyRole(Collection<Role> roles) {
        return roles.stream().anyMatch(this::hasRole);
    }

    /** Every role the caller holds somewhere: what the web tier's security constraints check. */
    public Set<Role> roles() {
        Set<Role> all = EnumSet.noneOf(Role.class);
        rolesByOrganisation.values().forEach(all::addAll);
        if (platformAdmin) {
            all.add(Role.PLATFORM_ADMIN);
        }
        return all;
    }

    public boolean canRead(String organisationId) {
        return platformAdmin || isRegistrar() || (organisationId != null && (rolesByOrganisation.containsKey(organisationId)
                || administered.contains(organisationId)));
    }

    public boolean canAdminister(String organisationId) {
        return platformAdmin || (organisationId != null && administered.contains(organisationId));
    }

    public boolean administersAny() {
        return platformAdmin || !administered.isEmpty();
    }

    /** The organisations a read is limited to; empty when the caller reads them all. */
    public Optional<Set<String>> readScope() {
        if (platformAdmin || isRegistrar()) {
            return Optional.empty();
        }
        Set<String> ids = new java.util.HashSet<>(rolesByOrganisation.keySet());
        ids.addAll(administered);
        return Optional.of(Set.copyOf(ids));
    }

    /** The organisations a change is limited to; empty when the caller may change them all. */
    public Optional<Set<String>> administerScope() {
        return platformAdmin ? Optional.empty() : Optional.of(administered);
    }

    /**
     * Trains in an organisation: its trainers and its administrators (and platform admins) run its
     * sessions, write its programmes and follow its learners.
     */
    public boolean teaches(String organisationId) {
        return canAdminister(organisationId)
                || (organisationId != null && rolesByOrganisation.getOrDefault(organisationId, Set.of()).contains(Role.TRAINER));
    }

    /** The organisations the caller teaches in, platform-wide roles aside. */
    public Set<String> taught() {
        Set<String> ids = new java.util.HashSet<>(administered);
        rolesByOrganisation.forEach((org, roles) -> {
            if (roles.contains(Role.TRAINER)) {
                ids.add(org);
            }
        });
        return Set.copyOf(ids);
    }

    /** Who may hand out which role: platform-wide roles only by a platform admin. */
    public boolean canGrant(Role role, String organisationId) {
        if (role == Role.PLATFORM_ADMIN || role == Role.REGISTRAR) {
            return platformAdmin;
        }
        return canAdminister(organisationId);
    }
}

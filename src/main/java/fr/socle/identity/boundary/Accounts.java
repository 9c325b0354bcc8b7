package fr.socle.identity.boundary;

import fr.socle.platform.Role;
import fr.socle.platform.Caller;
import fr.socle.identity.control.PasswordHasher;
import fr.socle.identity.control.PasswordPolicy;
import fr.socle.identity.entity.Account;
import fr.socle.identity.entity.Invitation;
import fr.socle.identity.entity.ApiToken;
import fr.socle.identity.entity.Membership;
import fr.socle.identity.entity.NameChange;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Accounts, their roles and their passwords (checking a password when signing in: {@link SignIns}). */
@ApplicationScoped
@Transactional
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Organisations organisations;

    @Inject
    Invitations invitations;

    @Inject
    @ConfigProperty(name = "socle.password.iterations", defaultValue = "600000")
    int iterations;

    private PasswordHasher hasher;

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(iterations);
    }

    /** What a sign-in checks a password against; read in a short transaction, never held while hashing. */
    public record StoredPassword(String accountId, String hash, boolean active) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StoredPassword> storedPassword(String email) {
        return byEmail(email).map(a -> new StoredPassword(a.getId(), a.getPasswordHash(), a.isActive()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StoredPassword> storedPasswordOf(String accountId) {
        return Optional.ofNullable(accountId == null ? null : em.find(Account.class, accountId))
                .map(a -> new StoredPassword(a.getId(), a.getPasswordHash(), a.isActive()));
    }

    /**
     * Records a successful sign-in, and a stronger hash of the same password when the configured
     * iterations grew (a rehash, not a new password: sessions stay). Returns the credentials generation
     * the new web session is signed in under.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long signedIn(String accountId, String rehash) {
        Account a = em.find(Account.class, accountId);
        var now = clock.now();
        a.recordSuccessfulLogin(now);
        if (rehash != null) {
            a.changePasswordHash(rehash, now);
        }
        return a.getCredentialsGeneration();
    }

    /**
     * The web sessions of an account end when its credentials generation is no longer the one they
     * signed in under (a password change); empty for an unknown or deactivated account.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> credentialsGeneration(String email) {
        return em.createNamedQuery(Account.GENERATION_BY_EMAIL, Long.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    /**
     * A person's new password, the current one proven and the new one hashed by {@link SignIns}: ends
     * the account's other web sessions and revokes its API tokens. Returns the new credentials generation.
     */
    public long replaceOwnPassword(Caller caller, String newHash) {
        Account a = em.find(Account.class, caller.accountId());
        return replacePassword(a, newHash, clock.now());
    }

    /** A new password ends the sessions signed in before it (generation) and revokes every API token. */
    private long replacePassword(Account a, String newHash, java.time.Instant now) {
        long generation = a.replacePassword(newHash, now);
        int revoked = em.createNamedQuery(ApiToken.REVOKE_ALL).setParameter("now", now).setParameter("account", a.getId())
                .executeUpdate();
        LOG.info(() -> "New password for account " + a.getId() + ": its other sessions end, " + revoked + " API token(s) revoked");
        return generation;
    }

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    /** The caller an account acts as: its roles and the organisations it reads and administers. */
    public Caller callerOf(Account account) {
        Map<String, Set<Role>> roles = new HashMap<>();
        boolean platformAdmin = false;
        List<String> adminRoots = new java.util.ArrayList<>();
        for (Membership m : account.getMemberships()) {
            if (m.getRole() == Role.PLATFORM_ADMIN) {
                platformAdmin = true;
                continue;
            }
            roles.computeIfAbsent(m.getOrganisationId(), k -> EnumSet.noneOf(Role.class)).add(m.getRole());
            if (m.getRole() == Role.ORG_ADMIN) {
                adminRoots.add(m.getOrganisationId());
            }
        }
        Set<String> administered = adminRoots.isEmpty() ? Set.of() : organisations.withMembers(adminRoots);
        return new Caller(account.getId(), account.getEmail(), account.getDisplayName(), platformAdmin, roles, administered);
    }

    public Optional<Caller> callerByEmail(String email) {
        return byEmail(email).filter(Account::isActive).map(this::callerOf);
    }

    public Optional<Caller> callerById(String id) {
        return Optional.ofNullable(em.find(Account.class, id)).filter(Account::isActive).map(this::callerOf);
    }

    /** The accounts with a role in the organisations the caller administers (or in one of them). */
    public List<Account> list(Caller caller, String organisationId, int offset, int limit) {
        if (!caller.administersAny()) {
            throw Problem.forbidden("socle.account.listForbidden");
        }
        Collection<String> scope;
        if (organisationId != null && !organisationId.isBlank()) {
            Organisation o = organisations.find(caller, organisationId);
            if (!caller.canAdminister(o.getId())) {
                throw Problem.forbidden("socle.account.listForbidden");
            }
            scope = List.of(o.getId());
        } else {
            scope = caller.administerScope().orElse(null);
        }
        var query = scope == null
                ? em.createNamedQuery(Account.ALL, Account.class)
                : em.createNamedQuery(Account.IN_ORGANISATIONS, Account.class).setParameter("ids", scope.isEmpty() ? List.of("-") : scope);
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), Organisations.MAX_PAGE))
                .getResultList();
    }

    /** The members of one organisation the caller administers. */
    public List<Membership> members(Caller caller, String organisationId) {
        Organisation o = organisations.find(caller, organisationId);
        if (!caller.canAdminister(o.getId())) {
            throw Problem.forbidden("socle.account.listForbidden");
        }
        return em.createNamedQuery(Membership.IN_ORGANISATION, Membership.class)
                .setParameter("organisation", o.getId()).getResultList();
    }

    /** Oneself, or an account that has a role in an organisation the caller administers; 404 otherwise. */
    public Account find(Caller caller, String id) {
        Account a = id == null ? null : em.find(Account.class, id);
        if (a == null || !(a.getId().equals(caller.accountId()) || visible(caller, a))) {
            throw Problem.notFound("socle.account.notFound");
        }
        return a;
    }

    public Account create(Caller caller, AccountInput input) {
        if (!caller.administersAny()) {
            throw Problem.forbidden("socle.account.createForbidden");
        }
        if (input.password() == null) {
            throw Problem.badRequest("socle.account.password.required");
        }
        String name;
        try {
            name = NameChange.normaliseName(input.displayName());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.account.displayName.required");
        }
        if (input.email() == null || input.email().length() > 254 || !input.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw Problem.badRequest("socle.account.email.invalid");
        }
        List<GrantInput> grants = input.roles() == null ? List.of() : input.roles();
        if (grants.isEmpty() && !caller.platformAdmin()) {
            throw Problem.badRequest("socle.account.role.needed");
        }
        if (byEmail(input.email()).isPresent()) {
            throw Problem.conflict("socle.account.emailTaken", Account.normaliseEmail(input.email()));
        }
        var now = clock.now();
        Account a = new Account(input.email(), name, hash(input.password()), now);
        for (GrantInput g : grants) {
            a.grant(grantable(caller, g), g.role(), now);
        }
        em.persist(a);
        em.flush();
        return a;
    }

    /**
     * Changes an account. Its roles in the organisations the caller administers are replaced by
     * {@code input.roles()} when given; its roles elsewhere are left alone. Its identity (name, e-mail,
     * password) is the person's own: only a platform admin, or an administrator of every organisation the
     * account belongs to, changes it here (a change of name is recorded as a {@link NameChange}); the
     * person asks for a new name ({@link NameChanges#request}) and changes its password on "my account".
     */
    public Account update(Caller caller, String id, AccountInput input) {
        Account a = find(caller, id);
        boolean self = a.getId().equals(caller.accountId());
        boolean admin = visible(caller, a);
        if (!admin && !self) {
            throw Problem.forbidden("socle.account.changeForbidden");
        }
        var now = clock.now();
        String email = Account.normaliseEmail(input.email());
        String name;
        try {
            name = NameChange.normaliseName(input.displayName());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.account.displayName.required");
        }
        boolean renamed = !name.equals(a.getDisplayName());
        if (renamed && self && !caller.platformAdmin()) {
            throw Problem.forbidden("socle.account.renameSelfForbidden");
        }
        if (renamed && !controlsFully(caller, a)) {
            throw Problem.forbidden("socle.account.identityForbidden");
        }
        boolean credentials = !email.equals(a.getEmail()) || input.password() != null;
        if (credentials && !controlsFully(caller, a)) {
            throw Problem.forbidden("socle.account.credentialsForbidden");
        }
        if (input.roles() != null && !admin) {
            throw Problem.forbidden("socle.account.rolesForbidden");
        }
        if (!email.equals(a.getEmail())) {
            if (byEmail(email).isPresent()) {
                throw Problem.conflict("socle.account.emailTaken", email);
            }
            a.changeEmail(email, now);
        }
        if (renamed) {
            em.persist(NameChange.direct(a, name, null, em.find(Account.class, caller.accountId()), now));
            LOG.info(() -> "Account " + a.getId() + " renamed by " + caller.accountId());
        }
        if (input.password() != null) {
            replacePassword(a, hash(input.password()), now);
        }
        if (input.roles() != null) {
            replaceGrants(caller, a, input.roles(), now);
        }
        em.flush();
        return a;
    }

    /** What adding a member did: created an account, granted a role to one already seen, or invited a person. */
    public enum Addition { CREATED, GRANTED, INVITED }

    /** The outcome of {@link #addMember}: the account when the caller may see it, else only the invitation. */
    public record MemberAddition(Addition outcome, Account account, Invitation invitation) {
    }

    /**
     * Adds a member to an organisation the caller administers. An unknown e-mail: an account is created with
     * this name and password, vouched for by the organisation (CREATED). An account the caller already sees
     * through this organisation, or answers for entirely (or the caller itself): the role is granted (GRANTED). Any other existing
     * account: an {@link Invitation} the person accepts or declines after signing in (INVITED); until then the
     * organisation learns nothing of it but that the invitation is pending.
     */
    public MemberAddition addMember(Caller caller, String organisationId, String email, String displayName, String password, Role role) {
        return addMember(caller, organisationId, email, displayName, password, role, null);
    }

    /** {@link #addMember}, with the instant an invitation lapses (none: the configured lifetime). */
    public MemberAddition addMember(Caller caller, String organisationId, String email, String displayName, String password, Role role,
                                    java.time.Instant invitationExpiry) {
        Organisation o = organisations.find(caller, organisationId);
        if (role == null) {
            throw Problem.badRequest("socle.account.role.required");
        }
        GrantInput grant = new GrantInput(o.getId(), role);
        grantable(caller, grant);
        if (email == null || email.length() > 254 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw Problem.badRequest("socle.account.email.invalid");
        }
        Optional<Account> existing = byEmail(email);
        if (existing.isPresent()) {
            Account a = existing.get();
            boolean member = a.getMemberships().stream().anyMatch(m -> o.getId().equals(m.getOrganisationId()));
            boolean self = a.getId().equals(caller.accountId());
            if (member || self || answersFor(caller, a)) {
                a.grant(o, role, clock.now());
                em.flush();
                return new MemberAddition(Addition.GRANTED, a, null);
            }
            return new MemberAddition(Addition.INVITED, null, invitations.invite(caller, o, a, email, role, invitationExpiry));
        }
        if (password == null || !PasswordPolicy.accepts(password)) {
            throw Problem.badRequest("socle.account.password.size");
        }
        return new MemberAddition(Addition.CREATED, create(caller, new AccountInput(email, displayName, password, List.of(grant))), null);
    }

    /**
     * An account whose learner profile the caller may change: its own, or one it answers for entirely (a
     * platform admin, or an administrator of every organisation the account belongs to). 404 for an account
     * it does not see, 403 for one it sees that belongs to another organisation too.
     */
    public Account forProfileChange(Caller caller, String id) {
        Account a = find(caller, id);
        if (!a.getId().equals(caller.accountId()) && !answersFor(caller, a)) {
            throw Problem.forbidden("socle.account.identityForbidden");
        }
        return a;
    }

    public void removeMember(Caller caller, String organisationId, String accountId, Role role) {
        Organisation o = organisations.find(caller, organisationId);
        Account a = find(caller, accountId);
        if (!caller.canGrant(role, o.getId())) {
            throw Problem.forbidden("socle.account.rolesForbidden");
        }
        a.revoke(o.getId(), role);
        em.flush();
    }

    /**
     * Creates the first platform administrator, once, from configuration. Returns false when
     * one already exists.
     */
    public boolean ensurePlatformAdmin(String email, String password, String displayName) {
        Long admins = em.createNamedQuery(Membership.COUNT_ROLE, Long.class)
                .setParameter("role", Role.PLATFORM_ADMIN).getSingleResult();
        if (admins > 0) {
            return false;
        }
        var now = clock.now();
        Account a = byEmail(email).orElseGet(() -> {
            Account created = new Account(email, displayName, hash(password), now);
            em.persist(created);
            return created;
        });
        a.grant(null, Role.PLATFORM_ADMIN, now);
        return true;
    }

    /** Creates an account with the given roles unless its email exists (demo content, imports). */
    public Account ensureAccount(String email, String displayName, String password, Map<Organisation, Role> roles) {
        var now = clock.now();
        Account a = byEmail(email).orElseGet(() -> {
            Account created = new Account(email, displayName, hash(password), now);
            em.persist(created);
            return created;
        });
        roles.forEach((org, role) -> a.grant(org, role, now));
        return a;
    }

    /** Makes an account a platform administrator (demo content). */
    public void grantPlatformAdmin(Account account) {
        account.grant(null, Role.PLATFORM_ADMIN, clock.now());
    }

    private String hash(String password) {
        if (!PasswordPolicy.accepts(password)) {
            throw Problem.badRequest("socle.account.password.size");
        }
        return hasher.hash(password.toCharArray());
    }

    /**
     * Who may change an account's identity (name, e-mail, password): a platform admin, or an administrator
     * who answers for the whole account. Nobody else, not even the account itself through this route (it
     * proves its password on "my account", and asks for a new name).
     */
    private static boolean controlsFully(Caller caller, Account a) {
        return caller.platformAdmin() || !a.getId().equals(caller.accountId()) && answersFor(caller, a);
    }

    /**
     * Whether the caller answers for the whole account: a platform admin, or an administrator of every
     * organisation the account belongs to (counting those below a mutualisation structure it administers).
     * An account with no membership, or a platform-wide role, belongs to no organisation's administrators.
     */
    static boolean answersFor(Caller caller, Account a) {
        if (caller.platformAdmin()) {
            return true;
        }
        return !a.getMemberships().isEmpty()
                && a.getMemberships().stream().allMatch(m -> m.getRole() != Role.PLATFORM_ADMIN && m.getRole() != Role.REGISTRAR
                && m.getOrganisationId() != null && caller.canAdminister(m.getOrganisationId()));
    }

    private boolean visible(Caller caller, Account a) {
        if (caller.platformAdmin()) {
            return true;
        }
        return a.getMemberships().stream().anyMatch(m -> m.getOrganisationId() != null && caller.canAdminister(m.getOrganisationId()));
    }

    private Organisation grantable(Caller caller, GrantInput g) {
        if (g.role() == Role.PLATFORM_ADMIN) {
            if (!caller.platformAdmin()) {
                throw Problem.forbidden("socle.account.rolesForbidden");
            }
            if (g.organisationId() != null && !g.organisationId().isBlank()) {
                throw Problem.badRequest("socle.account.role.platformWide");
            }
            return null;
        }
        if (g.organisationId() == null || g.organisationId().isBlank()) {
            throw Problem.badRequest("socle.account.role.organisationRequired");
        }
        Organisation o = organisations.find(caller, g.organisationId());
        if (!caller.canGrant(g.role(), o.getId())) {
            throw Problem.forbidden("socle.account.rolesForbidden");
        }
        return o;
    }

    /**
     * Replaces the roles the caller manages. A role in an organisation the account is not a member of yet is
     * granted only by who answers for the whole account; anyone else invites the person (403 here).
     */
    private void replaceGrants(Caller caller, Account a, List<GrantInput> wanted, java.time.Instant now) {
        List<Membership> current = List.copyOf(a.getMemberships());
        Set<String> memberOf = new java.util.HashSet<>();
        current.forEach(m -> memberOf.add(m.getOrganisationId()));
        boolean answers = answersFor(caller, a);
        for (Membership m : current) {
            boolean managed = m.getRole() == Role.PLATFORM_ADMIN ? caller.platformAdmin() : caller.canGrant(m.getRole(), m.getOrganisationId());
            boolean kept = wanted.stream().anyMatch(g -> m.matches(blank(g.organisationId()), g.role()));
            if (managed && !kept) {
                a.revoke(m.getOrganisationId(), m.getRole());
            }
        }
        for (GrantInput g : wanted) {
            Organisation o = grantable(caller, g);
            if (o != null && !memberOf.contains(o.getId()) && !answers) {
                throw Problem.forbidden("socle.account.inviteInstead");
            }
            a.grant(o, g.role(), now);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

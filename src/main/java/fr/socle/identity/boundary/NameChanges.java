package fr.socle.identity.boundary;

import fr.socle.platform.Caller;
import fr.socle.identity.entity.Account;
import fr.socle.identity.entity.NameChange;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The name an account carries on documents is vouched for by its organisations: the person asks for a
 * change, an administrator of one of its organisations (or a platform admin), never the person, accepts
 * or refuses it. Each request and decision is kept, with who and when.
 */
@ApplicationScoped
@Transactional
public class NameChanges {

    private static final Logger LOG = Logger.getLogger(NameChanges.class.getName());

    /** The most requests one listing returns. */
    public static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Organisations organisations;

    /** The caller asks for its account to carry another name; one request waits at a time (409 otherwise). */
    public NameChange request(Caller caller, String name, String reason) {
        Account account = em.find(Account.class, caller.accountId(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw Problem.notFound("socle.account.notFound");
        }
        if (ofAccount(account.getId()).stream().anyMatch(NameChange::isPending)) {
            throw Problem.conflict("socle.nameChange.alreadyPending");
        }
        NameChange change;
        try {
            change = NameChange.request(account, name, reason, clock.now());
        } catch (IllegalArgumentException e) {
            throw switch (e.getMessage()) {
                case "sameName" -> Problem.badRequest("socle.nameChange.sameName");
                case "reason" -> Problem.badRequest("socle.nameChange.textTooLong", NameChange.TEXT_MAX);
                default -> Problem.badRequest("socle.nameChange.nameInvalid", NameChange.NAME_MAX);
            };
        }
        em.persist(change);
        em.flush();
        return change;
    }

    /** The caller's own requests (and the changes made to its name), newest first. */
    public List<NameChange> mine(Caller caller) {
        return ofAccount(caller.accountId());
    }

    /**
     * The requests of the members of an organisation the caller administers (of all it administers
     * without one), newest first; {@code status} is a {@link NameChange.Status}, {@code all}, or none for
     * the pending ones.
     */
    public List<NameChange> list(Caller caller, String organisationId, String status) {
        List<NameChange.Status> statuses = statuses(status);
        Collection<String> scope;
        if (organisationId != null && !organisationId.isBlank()) {
            Organisation o = organisations.find(caller, organisationId);
            if (!caller.canAdminister(o.getId())) {
                throw Problem.forbidden("socle.nameChange.listForbidden");
            }
            scope = List.of(o.getId());
        } else if (!caller.administersAny()) {
            throw Problem.forbidden("socle.nameChange.listForbidden");
        } else {
            scope = caller.administerScope().orElse(null);
        }
        var query = scope == null
                ? em.createNamedQuery(NameChange.ALL, NameChange.class)
                : em.createNamedQuery(NameChange.IN_ORGANISATIONS, NameChange.class)
                        .setParameter("organisations", scope.isEmpty() ? List.of("-") : scope);
        return query.setParameter("statuses", statuses).setMaxResults(MAX_LIST).getResultList();
    }

    /** A request its person, or who may decide it, reads; 404 for anyone else. */
    public NameChange find(Caller caller, String id) {
        NameChange change = id == null ? null : em.find(NameChange.class, id);
        if (change == null || !(own(caller, change) || mayDecide(caller, change.getAccount()))) {
            throw Problem.notFound("socle.nameChange.notFound");
        }
        return change;
    }

    /** Accepts a pending request: the account carries the new name from now on (documents issued before keep theirs). */
    public NameChange accept(Caller caller, String id, String note) {
        NameChange change = decidable(caller, id);
        try {
            change.accept(em.find(Account.class, caller.accountId()), note, clock.now());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.nameChange.textTooLong", NameChange.TEXT_MAX);
        }
        em.flush();
        LOG.info(() -> "Name change " + change.getId() + " of account " + change.getAccount().getId() + " accepted by " + caller.accountId());
        return change;
    }

    /** Refuses a pending request: the account keeps its name. */
    public NameChange refuse(Caller caller, String id, String note) {
        NameChange change = decidable(caller, id);
        try {
            change.refuse(em.find(Account.class, caller.accountId()), note, clock.now());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.nameChange.textTooLong", NameChange.TEXT_MAX);
        }
        em.flush();
        return change;
    }

    /** The person takes back its pending request. */
    public NameChange withdraw(Caller caller, String id) {
        NameChange change = locked(caller, id);
        if (!own(caller, change) || change.isDirect()) {
            throw Problem.forbidden("socle.nameChange.notRequester");
        }
        if (!change.isPending()) {
            throw Problem.conflict("socle.nameChange.decided");
        }
        change.withdraw(em.find(Account.class, caller.accountId()), clock.now());
        em.flush();
        return change;
    }

    /** Whether the caller may accept or refuse a change of this account's name: not the person itself. */
    public boolean mayDecide(Caller caller, Account account) {
        if (account.getId().equals(caller.accountId())) {
            return false;
        }
        return caller.platformAdmin()
                || account.getMemberships().stream().anyMatch(m -> m.getOrganisationId() != null && caller.canAdminister(m.getOrganisationId()));
    }

    private NameChange decidable(Caller caller, String id) {
        NameChange change = locked(caller, id);
        if (!mayDecide(caller, change.getAccount())) {
            throw Problem.forbidden("socle.nameChange.selfDecision");
        }
        if (!change.isPending()) {
            throw Problem.conflict("socle.nameChange.decided");
        }
        return change;
    }

    /** The request, locked until the transaction ends (two decisions never interleave); 404 as {@link #find}. */
    private NameChange locked(Caller caller, String id) {
        NameChange change = id == null ? null : em.find(NameChange.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (change == null || !(own(caller, change) || mayDecide(caller, change.getAccount()))) {
            throw Problem.notFound("socle.nameChange.notFound");
        }
        return change;
    }

    private static boolean own(Caller caller, NameChange change) {
        return change.getAccount().getId().equals(caller.accountId());
    }

    private List<NameChange> ofAccount(String accountId) {
        return em.createNamedQuery(NameChange.OF_ACCOUNT, NameChange.class).setParameter("account", accountId)
                .setMaxResults(MAX_LIST).getResultList();
    }

    private static List<NameChange.Status> statuses(String status) {
        if (status == null || status.isBlank() || status.equalsIgnoreCase("pending")) {
            return List.of(NameChange.Status.PENDING);
        }
        if (status.equalsIgnoreCase("all")) {
            return Arrays.asList(NameChange.Status.values());
        }
        try {
            return List.of(NameChange.Status.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.nameChange.badStatus");
        }
    }
}

package fr.socle.identity.boundary;

import fr.socle.platform.Role;
import fr.socle.platform.Caller;
import fr.socle.identity.entity.Account;
import fr.socle.identity.entity.Invitation;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations of existing accounts into an organisation: made by its administrators when they add a
 * person who already has an account ({@link Accounts#addMember}), answered by that person only, after
 * signing in. Nothing of the account is shown to the organisation before it accepts.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

    /** The longest an invitation may wait for an answer. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(90);

    /** The most invitations one listing returns. */
    public static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    Event<InvitationSent> sent;

    @Inject
    @ConfigProperty(name = "socle.invitation.days", defaultValue = "14")
    int days;

    /** A record of an invitation made, for the e-mail sent once the transaction has committed. */
    public record InvitationSent(String email, String organisationName, Role role, String inviterName, Instant expiresAt) {
    }

    /**
     * Invites an account (the caller has checked that it may grant the role there): the pending invitation
     * for the same organisation and role if there is one, else a new one (and an e-mail to the person),
     * which lapses at {@code expiresAt} (in the future, within {@link #MAX_LIFETIME}) or after the configured days.
     */
    Invitation invite(Caller caller, Organisation organisation, Account account, String email, Role role, Instant expiresAt) {
        Instant now = clock.now();
        if (expiresAt != null && (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME)))) {
            throw Problem.badRequest("socle.invitation.badExpiry", MAX_LIFETIME.toDays());
        }
        var open = em.createNamedQuery(Invitation.PENDING_FOR, Invitation.class).setParameter("account", account.getId())
                .setParameter("organisation", organisation.getId()).setParameter("role", role)
                .setParameter("status", Invitation.Status.PENDING).getResultStream().filter(i -> i.isOpen(now)).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        Account inviter = em.find(Account.class, caller.accountId());
        Invitation invitation = new Invitation(organisation, account, email, role, inviter, now,
                expiresAt != null ? Duration.between(now, expiresAt) : Duration.ofDays(Math.max(1, days)));
        em.persist(invitation);
        em.flush();
        LOG.info(() -> "Invitation " + invitation.getId() + " into " + organisation.getId() + " as " + role + " by " + caller.accountId());
        sent.fire(new InvitationSent(account.getEmail(), organisation.getName(), role, inviter.getDisplayName(), invitation.getExpiresAt()));
        return invitation;
    }

    /**
     * Start-up content (the demo): the pending invitation of an account into an organisation, made once, as an
     * administrator's {@link Accounts#addMember} would make it but with no e-mail (demo addresses receive none).
     */
    public Invitation ensurePending(Organisation organisation, Account account, Role role, Account inviter) {
        Instant now = clock.now();
        var existing = em.createNamedQuery(Invitation.OF_ACCOUNT, Invitation.class).setParameter("account", account.getId())
                .getResultStream().filter(i -> i.getOrganisation().getId().equals(organisation.getId())).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Invitation invitation = new Invitation(organisation, account, account.getEmail(), role, inviter, now, Duration.ofDays(Math.max(1, days)));
        em.persist(invitation);
        return invitation;
    }

    /** The invitations the caller received, newest first. */
    public List<Invitation> mine(Caller caller) {
        return em.createNamedQuery(Invitation.OF_ACCOUNT, Invitation.class).setParameter("account", caller.accountId())
                .setMaxResults(MAX_LIST).getResultList();
    }

    /**
     * The invitations of an organisation the caller administers, newest first; {@code status} is an
     * {@link Invitation.Status}, {@code all}, or none for the pending ones (expired ones are EXPIRED).
     */
    public List<Invitation> ofOrganisation(Caller caller, String organisationId, String status) {
        Organisation o = organisations.find(caller, organisationId);
        if (!caller.canAdminister(o.getId())) {
            throw Problem.forbidden("socle.invitation.listForbidden");
        }
        Invitation.Status wanted = status(status);
        Instant now = clock.now();
        return em.createNamedQuery(Invitation.IN_ORGANISATION, Invitation.class).setParameter("organisation", o.getId())
                .getResultStream().filter(i -> wanted == null || i.statusAt(now) == wanted).limit(MAX_LIST).toList();
    }

    /** An invitation the invited person, or an administrator of its organisation, reads; 404 for anyone else. */
    public Invitation find(Caller caller, String id) {
        return visible(caller, id == null ? null : em.find(Invitation.class, id));
    }

    /** The invited person accepts: it takes the role in the organisation. */
    public Invitation accept(Caller caller, String id) {
        Invitation invitation = answerable(caller, id);
        var inviter = accounts.callerById(invitation.getInviter().getId());
        if (inviter.isEmpty() || !inviter.get().canGrant(invitation.getRole(), invitation.getOrganisation().getId())) {
            throw Problem.conflict("socle.invitation.inviterNoLonger");
        }
        invitation.accept(caller.accountId(), clock.now());
        em.flush();
        LOG.info(() -> "Invitation " + invitation.getId() + " accepted");
        return invitation;
    }

    /** The invited person declines: nothing is granted. */
    public Invitation decline(Caller caller, String id) {
        Invitation invitation = answerable(caller, id);
        invitation.decline(caller.accountId(), clock.now());
        em.flush();
        return invitation;
    }

    /** An administrator of the organisation takes a pending invitation back. */
    public Invitation cancel(Caller caller, String id) {
        Invitation invitation = locked(caller, id);
        if (!caller.canAdminister(invitation.getOrganisation().getId())) {
            throw Problem.forbidden("socle.invitation.cancelForbidden");
        }
        requireOpen(invitation);
        invitation.cancel(caller.accountId(), clock.now());
        em.flush();
        return invitation;
    }

    private Invitation answerable(Caller caller, String id) {
        Invitation invitation = locked(caller, id);
        if (!invitation.getAccount().getId().equals(caller.accountId())) {
            throw Problem.forbidden("socle.invitation.notYours");
        }
        requireOpen(invitation);
        return invitation;
    }

    private void requireOpen(Invitation invitation) {
        Invitation.Status now = invitation.statusAt(clock.now());
        if (now != Invitation.Status.PENDING) {
            throw Problem.conflict(switch (now) {
                case ACCEPTED -> "socle.invitation.closed.accepted";
                case DECLINED -> "socle.invitation.closed.declined";
                case CANCELLED -> "socle.invitation.closed.cancelled";
                default -> "socle.invitation.closed.expired";
            });
        }
    }

    /** Locked until the transaction ends (an answer and a cancellation never interleave); 404 as {@link #find}. */
    private Invitation locked(Caller caller, String id) {
        return visible(caller, id == null ? null : em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Invitation visible(Caller caller, Invitation invitation) {
        if (invitation == null || !(invitation.getAccount().getId().equals(caller.accountId())
                || caller.canAdminister(invitation.getOrganisation().getId()))) {
            throw Problem.notFound("socle.invitation.notFound");
        }
        return invitation;
    }

    private static Invitation.Status status(String status) {
        if (status == null || status.isBlank() || status.equalsIgnoreCase("pending")) {
            return Invitation.Status.PENDING;
        }
        if (status.equalsIgnoreCase("all")) {
            return null;
        }
        try {
            return Invitation.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.invitation.badStatus");
        }
    }
}

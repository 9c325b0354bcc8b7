package fr.socle.identity.entity;

import fr.socle.platform.Role;
import fr.socle.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An organisation asks a person who already has an account to take a role in it. Nothing is granted
 * until the person accepts, signed in as itself; until then the organisation knows only what it typed
 * (the e-mail, the role) and the dates. An invitation is answered once (accepted, declined, cancelled
 * by the organisation, or expired) and never deleted.
 */
@Entity
@Table(name = "invitation")
@NamedQueries({
    @NamedQuery(name = Invitation.OF_ACCOUNT, query = "SELECT i FROM Invitation i WHERE i.account.id = :account "
            + "ORDER BY i.invitedAt DESC, i.id"),
    @NamedQuery(name = Invitation.IN_ORGANISATION, query = "SELECT i FROM Invitation i WHERE i.organisation.id = :organisation "
            + "ORDER BY i.invitedAt DESC, i.id"),
    @NamedQuery(name = Invitation.PENDING_FOR, query = "SELECT i FROM Invitation i WHERE i.account.id = :account "
            + "AND i.organisation.id = :organisation AND i.role = :role AND i.status = :status")
})
public class Invitation {

    public static final String OF_ACCOUNT = "Invitation.ofAccount";
    public static final String IN_ORGANISATION = "Invitation.inOrganisation";
    public static final String PENDING_FOR = "Invitation.pendingFor";

    /** PENDING until answered; EXPIRED is what a pending invitation is once past its date (see {@link #statusAt}). */
    public enum Status { PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invited_by", nullable = false)
    private Account inviter;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "answered_by", length = 36)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected Invitation() {
    }

    /**
     * @param email what the inviting administrator typed (the account's e-mail, normalised)
     * @throws IllegalArgumentException a platform-wide role or no role, no organisation, an invitation of oneself,
     *                                  or a lifetime that is not positive
     */
    public Invitation(Organisation organisation, Account account, String email, Role role, Account inviter, Instant now, Duration lifetime) {
        if (organisation == null || account == null || inviter == null || role == null || role.isPlatformWide() || role == Role.REGISTRAR) {
            throw new IllegalArgumentException("role");
        }
        if (inviter.getId().equals(account.getId())) {
            throw new IllegalArgumentException("self");
        }
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime");
        }
        this.id = UUID.randomUUID().toString();
        this.organisation = organisation;
        this.account = account;
        this.email = Account.normaliseEmail(email);
        this.role = role;
        this.inviter = inviter;
        this.invitedAt = now;
        this.expiresAt = now.plus(lifetime);
        this.status = Status.PENDING;
    }

    /** The status on this instant: a pending invitation past its date has expired. */
    public Status statusAt(Instant now) {
        return status == Status.PENDING && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
    }

    public boolean isOpen(Instant now) {
        return statusAt(now) == Status.PENDING;
    }

    /**
     * The invited person accepts: it is granted the role in the organisation.
     *
     * @throws IllegalArgumentException {@code by} is not the invited account
     * @throws IllegalStateException    the invitation is no longer open (answered, cancelled or expired)
     */
    public Membership accept(String by, Instant now) {
        answer(by, now, Status.ACCEPTED);
        return account.grant(organisation, role, now);
    }

    /** The invited person declines: nothing is granted. Same rules as {@link #accept}. */
    public void decline(String by, Instant now) {
        answer(by, now, Status.DECLINED);
    }

    /**
     * The organisation takes the invitation back (the caller checks that {@code by} administers it).
     *
     * @throws IllegalStateException the invitation is no longer open
     */
    public void cancel(String by, Instant now) {
        requireOpen(now);
        this.status = Status.CANCELLED;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    private void answer(String by, Instant now, Status outcome) {
        if (!account.getId().equals(by)) {
            throw new IllegalArgumentException("notInvited");
        }
        requireOpen(now);
        this.status = outcome;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    private void requireOpen(Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException(statusAt(now).name());
        }
    }

    public String getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public Account getAccount() { return account; }
    public String getEmail() { return email; }
    public Role getRole() { return role; }
    public Account getInviter() { return inviter; }
    public Instant getInvitedAt() { return invitedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Status getStatus() { return status; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
}

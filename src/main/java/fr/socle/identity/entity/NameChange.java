package fr.socle.identity.entity;

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
import java.time.Instant;
import java.util.UUID;

/**
 * A change of an account's name: the name the organisations vouch for, which documents carry
 * ({@link Account#getDisplayName()}). The person asks ({@link #request}); an administrator of one of
 * its organisations, never the person, accepts (the account is renamed then) or refuses. An
 * administrator who controls the whole account may also rename it directly ({@link #direct}), which is
 * recorded the same way. A change is decided once and never deleted: it is the evidence of who vouched
 * for which name, and when.
 */
@Entity
@Table(name = "name_change")
@NamedQueries({
    @NamedQuery(name = NameChange.OF_ACCOUNT, query = "SELECT n FROM NameChange n WHERE n.account.id = :account "
            + "ORDER BY n.requestedAt DESC, n.id"),
    @NamedQuery(name = NameChange.IN_ORGANISATIONS, query = "SELECT n FROM NameChange n WHERE n.status IN :statuses "
            + "AND EXISTS (SELECT m FROM Membership m WHERE m.account = n.account AND m.organisation.id IN :organisations) "
            + "ORDER BY n.requestedAt DESC, n.id"),
    @NamedQuery(name = NameChange.ALL, query = "SELECT n FROM NameChange n WHERE n.status IN :statuses "
            + "ORDER BY n.requestedAt DESC, n.id")
})
public class NameChange {

    public static final String OF_ACCOUNT = "NameChange.ofAccount";
    public static final String IN_ORGANISATIONS = "NameChange.inOrganisations";
    public static final String ALL = "NameChange.all";

    /** The longest name (the account's column) and the longest reason or note. */
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 1000;

    public enum Status { PENDING, ACCEPTED, REFUSED, WITHDRAWN }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "previous_name", nullable = false, length = NAME_MAX)
    private String previousName;

    @Column(name = "requested_name", nullable = false, length = NAME_MAX)
    private String requestedName;

    @Column(length = TEXT_MAX)
    private String reason;

    @Column(nullable = false)
    private boolean direct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "requested_by", nullable = false)
    private Account requester;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @ManyToOne
    @JoinColumn(name = "decided_by")
    private Account decider;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = TEXT_MAX)
    private String decisionNote;

    @Version
    private long version;

    protected NameChange() {
    }

    private NameChange(Account account, String name, String reason, boolean direct, Account by, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.previousName = account.getDisplayName();
        this.requestedName = normaliseName(name);
        if (this.requestedName.equals(previousName)) {
            throw new IllegalArgumentException("sameName");
        }
        this.reason = optionalText(reason, "reason");
        this.direct = direct;
        this.status = Status.PENDING;
        this.requester = by;
        this.requestedAt = now;
    }

    /**
     * The person asks for its account to carry another name.
     *
     * @throws IllegalArgumentException {@code name} blank, too long, with a control character or the
     *                                  current name ({@code "name"}, {@code "sameName"}); {@code reason} too long
     */
    public static NameChange request(Account account, String name, String reason, Instant now) {
        return new NameChange(account, name, reason, false, account, now);
    }

    /**
     * An administrator renames the account at once: recorded as asked and accepted by them. The
     * account is renamed.
     */
    public static NameChange direct(Account account, String name, String reason, Account by, Instant now) {
        NameChange change = new NameChange(account, name, reason, true, by, now);
        change.status = Status.ACCEPTED;
        change.decider = by;
        change.decidedAt = now;
        account.rename(change.requestedName, now);
        return change;
    }

    /**
     * Accepts the request: the account now carries the name asked for.
     *
     * @throws IllegalStateException    it is no longer pending
     * @throws IllegalArgumentException {@code by} asked for it (nobody vouches for their own name)
     */
    public void accept(Account by, String note, Instant now) {
        decide(by, note, now, Status.ACCEPTED);
        account.rename(requestedName, now);
    }

    /** Refuses the request: the account keeps its name. Same rules as {@link #accept}. */
    public void refuse(Account by, String note, Instant now) {
        decide(by, note, now, Status.REFUSED);
    }

    /**
     * The person takes its request back.
     *
     * @throws IllegalStateException    it is no longer pending
     * @throws IllegalArgumentException {@code by} is not who asked
     */
    public void withdraw(Account by, Instant now) {
        requirePending();
        if (by == null || !requester.getId().equals(by.getId())) {
            throw new IllegalArgumentException("notRequester");
        }
        this.status = Status.WITHDRAWN;
        this.decider = by;
        this.decidedAt = now;
    }

    private void decide(Account by, String note, Instant now, Status outcome) {
        requirePending();
        if (by == null || by.getId().equals(requester.getId()) || by.getId().equals(account.getId())) {
            throw new IllegalArgumentException("selfDecision");
        }
        this.decisionNote = optionalText(note, "note");
        this.status = outcome;
        this.decider = by;
        this.decidedAt = now;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("decided");
        }
    }

    /**
     * A name as documents print it: stripped, inner runs of spaces made one, at most
     * {@value #NAME_MAX} characters, no control character (no line break in a name on a certificate).
     *
     * @throws IllegalArgumentException {@code "name"} when it is none of that
     */
    public static String normaliseName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name");
        }
        String normalised = name.strip().replaceAll("\\s+", " ");
        if (normalised.isEmpty() || normalised.length() > NAME_MAX || normalised.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("name");
        }
        return normalised;
    }

    private static String optionalText(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new IllegalArgumentException(what);
        }
        return text.strip();
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public String getId() { return id; }
    public Account getAccount() { return account; }
    public String getPreviousName() { return previousName; }
    public String getRequestedName() { return requestedName; }
    public String getReason() { return reason; }
    public boolean isDirect() { return direct; }
    public Status getStatus() { return status; }
    public Account getRequester() { return requester; }
    public Instant getRequestedAt() { return requestedAt; }
    public Account getDecider() { return decider; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
}

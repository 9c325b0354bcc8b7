package fr.socle.agrement.entity;

import fr.socle.agrement.boundary.AgrementKind;
import fr.socle.agrement.control.AgrementRules;
import fr.socle.identity.entity.Account;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One ministerial decision granting a training body the agrément to train élus. Append-only: the
 * history of an organisation is its decisions by position; its validity is computed from the
 * decision kind and the start (a renewal starts the day after the previous one ends).
 */
@Entity
@Table(name = "agrement")
@NamedQueries({
    @NamedQuery(name = Agrement.OF_ORGANISATION, query = "SELECT a FROM Agrement a WHERE a.organisation.id = :organisation ORDER BY a.position"),
    @NamedQuery(name = Agrement.LATEST, query = "SELECT a FROM Agrement a WHERE a.position = "
            + "(SELECT MAX(b.position) FROM Agrement b WHERE b.organisation = a.organisation) ORDER BY a.organisation.name"),
    @NamedQuery(name = Agrement.LATEST_IN, query = "SELECT a FROM Agrement a WHERE a.organisation.id IN :ids AND a.position = "
            + "(SELECT MAX(b.position) FROM Agrement b WHERE b.organisation = a.organisation) ORDER BY a.organisation.name")
})
public class Agrement {

    public static final String OF_ORGANISATION = "Agrement.ofOrganisation";
    /** The latest decision of every organisation that has one. */
    public static final String LATEST = "Agrement.latest";
    /** The latest decision of each of the organisations {@code :ids}. */
    public static final String LATEST_IN = "Agrement.latestIn";

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AgrementKind kind;

    @Column(name = "agrement_number", nullable = false, length = 60, updatable = false)
    private String number;

    @Column(name = "granted_on", nullable = false, updatable = false)
    private LocalDate grantedOn;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(name = "decision_reference", nullable = false, length = 200, updatable = false)
    private String decisionReference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recorded_by", nullable = false, updatable = false)
    private Account recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Agrement() {
    }

    private Agrement(Organisation organisation, int position, AgrementKind kind, String number, LocalDate grantedOn, LocalDate startsOn,
                     String decisionReference, Account recordedBy, Instant recordedAt) {
        if (number == null || number.isBlank() || decisionReference == null || decisionReference.isBlank()) {
            throw new IllegalArgumentException("number and decision reference are required");
        }
        if (grantedOn == null || startsOn == null || startsOn.isBefore(grantedOn)) {
            throw new IllegalArgumentException("an agrément starts on or after its decision");
        }
        this.id = UUID.randomUUID().toString();
        this.organisation = organisation;
        this.position = position;
        this.kind = kind;
        this.number = number.strip();
        this.grantedOn = grantedOn;
        this.startsOn = startsOn;
        this.lastDay = AgrementRules.lastDay(kind, startsOn);
        this.decisionReference = decisionReference.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A first agrément, two years from {@code startsOn} (the day the decision was received). */
    public static Agrement initial(Organisation organisation, Agrement previous, String number, LocalDate grantedOn, LocalDate startsOn,
                                   String decisionReference, Account recordedBy, Instant now) {
        return new Agrement(organisation, previous == null ? 1 : previous.position + 1, AgrementKind.INITIAL, number, grantedOn, startsOn,
                decisionReference, recordedBy, now);
    }

    /** A renewal of {@code previous}: four years from the day after it ends. */
    public static Agrement renewal(Agrement previous, String number, LocalDate grantedOn, String decisionReference, Account recordedBy, Instant now) {
        return new Agrement(previous.organisation, previous.position + 1, AgrementKind.RENOUVELLEMENT, number, grantedOn,
                AgrementRules.renewalStart(previous.lastDay), decisionReference, recordedBy, now);
    }

    public String getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public int getPosition() {
        return position;
    }

    public AgrementKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public Account getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

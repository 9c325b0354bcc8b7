package fr.socle.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A qualification of a trainer of an organisation (a diploma, a title, an authorisation), recorded by
 * its administrators as evidence for audits and the élus' agrément. Evidence is never deleted: a
 * qualification recorded by mistake, or no longer held, is withdrawn, with who, when and why.
 */
@Entity
@Table(name = "trainer_qualification")
@NamedQueries({
    @NamedQuery(name = TrainerQualification.IN_ORGANISATION, query = "SELECT q FROM TrainerQualification q "
            + "WHERE q.organisationId = :organisation ORDER BY q.obtainedOn DESC, q.recordedAt DESC"),
    @NamedQuery(name = TrainerQualification.OF_TRAINER, query = "SELECT q FROM TrainerQualification q "
            + "WHERE q.trainerId = :trainer ORDER BY q.obtainedOn DESC, q.recordedAt DESC")
})
public class TrainerQualification {

    public static final String IN_ORGANISATION = "TrainerQualification.inOrganisation";
    public static final String OF_TRAINER = "TrainerQualification.ofTrainer";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "trainer_id", nullable = false, length = 36)
    private String trainerId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "awarded_by", nullable = false, length = 300)
    private String awardedBy;

    @Column(name = "obtained_on", nullable = false)
    private LocalDate obtainedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(length = 2000)
    private String description;

    @Column(name = "recorded_by", nullable = false, length = 36)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 36)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    @Version
    private long optlock;

    protected TrainerQualification() {
    }

    /**
     * @throws IllegalArgumentException a title or an awarding body missing or too long, no date, a date to
     *                                  come, or an end of validity before the date obtained
     */
    public TrainerQualification(String organisationId, String trainerId, String title, String awardedBy, LocalDate obtainedOn,
                                LocalDate validUntil, String description, String recordedBy, Instant now, LocalDate today) {
        this.id = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.trainerId = trainerId;
        this.title = text(title, 300, "title");
        this.awardedBy = text(awardedBy, 300, "awardedBy");
        if (obtainedOn == null || obtainedOn.isAfter(today)) {
            throw new IllegalArgumentException("obtainedOn");
        }
        if (validUntil != null && validUntil.isBefore(obtainedOn)) {
            throw new IllegalArgumentException("validUntil");
        }
        if (description != null && description.length() > 2000) {
            throw new IllegalArgumentException("description");
        }
        this.obtainedOn = obtainedOn;
        this.validUntil = validUntil;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    private static String text(String value, int max, String name) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException(name);
        }
        return value.strip();
    }

    /** Withdraws it, once: it stays, marked, with the reason. */
    public void withdraw(String by, String reason, Instant now) {
        if (withdrawnAt != null) {
            throw new IllegalStateException("already withdrawn");
        }
        this.withdrawalReason = text(reason, 1000, "reason");
        this.withdrawnBy = by;
        this.withdrawnAt = now;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Held on a day: obtained by then, not expired, not withdrawn. */
    public boolean validOn(LocalDate day) {
        return !isWithdrawn() && !obtainedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    public String getId() { return id; }
    public String getOrganisationId() { return organisationId; }
    public String getTrainerId() { return trainerId; }
    public String getTitle() { return title; }
    public String getAwardedBy() { return awardedBy; }
    public LocalDate getObtainedOn() { return obtainedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getDescription() { return description; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public String getWithdrawalReason() { return withdrawalReason; }
}

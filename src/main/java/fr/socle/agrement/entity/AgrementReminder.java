package fr.socle.agrement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A warning e-mail sent about an agrément at one threshold: the reason none is sent twice. */
@Entity
@Table(name = "agrement_reminder")
@NamedQueries({
    @NamedQuery(name = AgrementReminder.COUNT, query = "SELECT COUNT(r) FROM AgrementReminder r WHERE r.agrement.id = :agrement AND r.threshold = :threshold")
})
public class AgrementReminder {

    public static final String COUNT = "AgrementReminder.count";

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agrement_id", nullable = false, updatable = false)
    private Agrement agrement;

    @Column(nullable = false, length = 16, updatable = false)
    private String threshold;

    @Column(nullable = false, updatable = false)
    private int recipients;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected AgrementReminder() {
    }

    public AgrementReminder(Agrement agrement, String threshold, int recipients, Instant sentAt) {
        this.id = UUID.randomUUID().toString();
        this.agrement = agrement;
        this.threshold = threshold;
        this.recipients = recipients;
        this.sentAt = sentAt;
    }

    public String getThreshold() {
        return threshold;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}

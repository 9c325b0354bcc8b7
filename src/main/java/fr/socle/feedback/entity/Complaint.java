package fr.socle.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry of the complaints and feedback log (Qualiopi indicator 31): what was received, when, by
 * which channel and from whom, and how it was handled. Never deleted: it is closed.
 */
@Entity
@Table(name = "complaint")
@NamedQueries({
    @NamedQuery(name = Complaint.OF_ORGANISATION, query = "SELECT c FROM Complaint c WHERE c.organisationId = :organisation "
            + "ORDER BY c.receivedOn DESC, c.recordedAt DESC"),
    @NamedQuery(name = Complaint.IN_PERIOD, query = "SELECT c FROM Complaint c WHERE c.organisationId IN :ids "
            + "AND c.receivedOn >= :from AND c.receivedOn <= :to ORDER BY c.receivedOn, c.recordedAt")
})
public class Complaint {

    public static final String OF_ORGANISATION = "Complaint.ofOrganisation";
    /** The entries of some organisations received between two days, both included. */
    public static final String IN_PERIOD = "Complaint.inPeriod";

    public static final int SHORT_MAX = 200;
    public static final int TEXT_MAX = 10_000;

    public enum Channel { EMAIL, TELEPHONE, COURRIER, EN_PERSONNE, FORMULAIRE }

    public enum Kind { RECLAMATION, SUGGESTION, APPRECIATION }

    public enum Status { OUVERTE, EN_COURS, CLOTUREE }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(name = "programme_code", length = 40)
    private String programmeCode;

    @Column(nullable = false, length = 200)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Lob
    private String handling;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "recorded_by", nullable = false, length = 36)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long optlock;

    protected Complaint() {
    }

    /** A new entry, OUVERTE; received on a day not after today. */
    public Complaint(String organisationId, LocalDate receivedOn, Channel channel, Kind kind, String author, String programmeCode,
                     String subject, String description, String recordedBy, Instant now, LocalDate today) {
        if (organisationId == null || receivedOn == null || receivedOn.isAfter(today) || channel == null || kind == null
                || blankOrLong(author, SHORT_MAX) || blankOrLong(subject, SHORT_MAX) || blankOrLong(description, TEXT_MAX)
                || (programmeCode != null && programmeCode.strip().length() > Survey.CODE_MAX) || recordedBy == null) {
            throw new IllegalArgumentException("complaint");
        }
        this.id = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.kind = kind;
        this.author = author.strip();
        this.programmeCode = programmeCode == null || programmeCode.isBlank() ? null : programmeCode.strip();
        this.subject = subject.strip();
        this.description = description.strip();
        this.status = Status.OUVERTE;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /**
     * Its handling: a status, what was done, when the author was answered and when it was closed.
     * Closing needs the handling written; it is closed today unless a day is given; reopening clears
     * the closing day. Neither day is before reception nor after today.
     */
    public void handle(Status status, String handling, LocalDate answeredOn, LocalDate closedOn, LocalDate today) {
        String text = handling == null || handling.isBlank() ? null : handling.strip();
        if (status == null || (text != null && text.length() > TEXT_MAX)) {
            throw new IllegalArgumentException("handling");
        }
        if (status == Status.CLOTUREE && text == null) {
            throw new IllegalArgumentException("closing without handling");
        }
        LocalDate closed = status == Status.CLOTUREE ? (closedOn == null ? today : closedOn) : null;
        for (LocalDate day : new LocalDate[] {answeredOn, closed}) {
            if (day != null && (day.isBefore(receivedOn) || day.isAfter(today))) {
                throw new IllegalArgumentException("day");
            }
        }
        this.status = status;
        this.handling = text;
        this.answeredOn = answeredOn;
        this.closedOn = closed;
    }

    private static boolean blankOrLong(String s, int max) {
        return s == null || s.isBlank() || s.strip().length() > max;
    }

    public String getId() { return id; }
    public String getOrganisationId() { return organisationId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Channel getChannel() { return channel; }
    public Kind getKind() { return kind; }
    public String getAuthor() { return author; }
    public String getProgrammeCode() { return programmeCode; }
    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public Status getStatus() { return status; }
    public String getHandling() { return handling; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getOptlock() { return optlock; }
}

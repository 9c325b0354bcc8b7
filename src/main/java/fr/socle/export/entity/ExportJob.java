package fr.socle.export.entity;

import fr.socle.export.boundary.ExportKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An export built in the background. Its counters are the progress bar; its file exists only once it
 * is DONE (written whole, then marked done): a FAILED job has a message and no file. A job a stop or a
 * crash left QUEUED or RUNNING is built again from the start at the next start.
 */
@Entity
@Table(name = "export_job")
@NamedQueries({
    @NamedQuery(name = ExportJob.UNFINISHED, query = "SELECT j FROM ExportJob j WHERE j.status IN "
            + "(fr.socle.export.entity.ExportJob.Status.QUEUED, fr.socle.export.entity.ExportJob.Status.RUNNING) ORDER BY j.createdAt"),
    @NamedQuery(name = ExportJob.VISIBLE_TO, query = "SELECT j FROM ExportJob j WHERE j.organisationId IN :administered "
            + "ORDER BY j.createdAt DESC")
})
public class ExportJob {

    public static final String UNFINISHED = "ExportJob.unfinished";
    public static final String VISIBLE_TO = "ExportJob.visibleTo";
    public static final int MESSAGE_MAX = 2000;

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ExportKind kind;

    @Column(nullable = false, length = 2000)
    private String parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(name = "requested_by", nullable = false, length = 36)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(length = MESSAGE_MAX)
    private String error;

    @Version
    private long optlock;

    protected ExportJob() {
    }

    public ExportJob(String organisationId, ExportKind kind, String parameters, String requestedBy, Instant now) {
        if (organisationId == null || kind == null || parameters == null || requestedBy == null) {
            throw new IllegalArgumentException("an export needs an organisation, a kind, its parameters and who asked");
        }
        this.id = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.kind = kind;
        this.parameters = parameters;
        this.requestedBy = requestedBy;
        this.status = Status.QUEUED;
        this.createdAt = now;
    }

    /** (Re)starts from nothing: a resumed export is built again whole. */
    public void start(Instant now) {
        status = Status.RUNNING;
        startedAt = now;
        done = 0;
        total = 0;
        error = null;
    }

    public void total(int steps) {
        total = Math.max(0, steps);
        done = Math.min(done, total);
    }

    public void step() {
        done = total == 0 ? done + 1 : Math.min(total, done + 1);
    }

    /** Built: its file is stored. */
    public void done(String name, long size, String sha256, Instant now) {
        status = Status.DONE;
        fileName = name;
        fileSize = size;
        fileSha256 = sha256;
        done = total;
        finishedAt = now;
    }

    /** Failed: a message a person can read, and no file. */
    public void fail(String message, Instant now) {
        status = Status.FAILED;
        error = message == null ? null : message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX) : message;
        fileName = null;
        fileSize = null;
        fileSha256 = null;
        finishedAt = now;
    }

    /** Share done, in percent. */
    public int percent() {
        return status == Status.DONE ? 100 : total == 0 ? 0 : Math.min(100, 100 * done / total);
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    public String getId() { return id; }
    public String getOrganisationId() { return organisationId; }
    public ExportKind getKind() { return kind; }
    public String getParameters() { return parameters; }
    public Status getStatus() { return status; }
    public int getTotal() { return total; }
    public int getDone() { return done; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getFileName() { return fileName; }
    public Long getFileSize() { return fileSize; }
    public String getFileSha256() { return fileSha256; }
    public String getError() { return error; }
}

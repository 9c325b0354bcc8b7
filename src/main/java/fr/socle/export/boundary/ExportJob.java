package fr.socle.export.boundary;

import fr.socle.export.control.ExportRequest;
import fr.socle.export.entity.ExportFile;
import fr.socle.platform.job.JobState;
import fr.socle.platform.job.JobStatus;
import java.time.Instant;

/**
 * An export built in the background: an {@code EXPORT} job of the engine (its parameters the kind and
 * the request) and, once it is DONE, its file. Its counters are the progress bar; the file exists only
 * once it is DONE (written whole, then marked done in the same transaction): a FAILED job has a message
 * and no file. A job a stop or a crash left QUEUED or RUNNING is built again from the start.
 */
public final class ExportJob {

    private final JobState job;
    private final ExportKind kind;
    private final ExportRequest request;
    private final ExportFile file;

    ExportJob(JobState job, ExportFile file) {
        this.job = job;
        this.kind = ExportRequest.kindOf(job.parameters());
        this.request = ExportRequest.fromJson(job.organisationId(), job.parameters());
        this.file = job.status() == JobStatus.DONE ? file : null;
    }

    /** Share done, in percent. */
    public int percent() {
        return job.status() == JobStatus.DONE ? 100 : job.total() == 0 ? 0 : Math.min(100, 100 * job.done() / job.total());
    }

    public boolean isFinished() {
        return job.finished();
    }

    public ExportRequest getRequest() { return request; }
    public String getId() { return job.id(); }
    public String getOrganisationId() { return job.organisationId(); }
    public ExportKind getKind() { return kind; }
    public JobStatus getStatus() { return job.status(); }
    public int getTotal() { return job.total(); }
    public int getDone() { return job.done(); }
    public String getRequestedBy() { return job.owner(); }
    public Instant getCreatedAt() { return job.createdAt(); }
    public Instant getStartedAt() { return job.startedAt(); }
    public Instant getFinishedAt() { return job.finishedAt(); }
    public String getFileName() { return file == null ? null : file.getFileName(); }
    public Long getFileSize() { return file == null ? null : file.getFileSize(); }
    public String getFileSha256() { return file == null ? null : file.getFileSha256(); }
    public String getError() { return job.error(); }
}

package fr.socle.certification.boundary;

import fr.socle.platform.job.JobState;
import fr.socle.platform.job.JobStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;

/**
 * A bulk issuance for a session, run in the background: one document of a kind for each learner of the
 * session, a {@code BULK_ISSUANCE} job of the engine (its subject is the session, its parameters the
 * document's kind). Its counters are the progress bar; a job left RUNNING by a crash is taken up again,
 * and since issuance is idempotent the resumed run issues only what is missing.
 */
public final class CertificationJob {

    private final JobState job;
    private final DocumentKind kind;

    CertificationJob(JobState job) {
        this.job = job;
        this.kind = kindOf(job.parameters());
    }

    static String parameters(DocumentKind kind) {
        return Json.createObjectBuilder().add("document", kind.name()).build().toString();
    }

    static DocumentKind kindOf(String parameters) {
        try (var reader = Json.createReader(new StringReader(parameters))) {
            JsonObject o = reader.readObject();
            return DocumentKind.valueOf(o.getString("document"));
        }
    }

    /** Share handled, in percent. */
    public int percent() {
        int handled = job.done() + job.skipped();
        return job.total() == 0 ? 100 : Math.min(100, 100 * handled / job.total());
    }

    public boolean isFinished() {
        return job.finished();
    }

    public String getId() { return job.id(); }
    public String getSessionId() { return job.subjectId(); }
    public String getOrganisationId() { return job.organisationId(); }
    public DocumentKind getKind() { return kind; }
    public String getRequestedBy() { return job.owner(); }
    public JobStatus getStatus() { return job.status(); }
    public int getTotal() { return job.total(); }
    public int getDone() { return job.done(); }
    public int getSkipped() { return job.skipped(); }
    public Instant getCreatedAt() { return job.createdAt(); }
    public Instant getFinishedAt() { return job.finishedAt(); }
    public String getError() { return job.error(); }
}

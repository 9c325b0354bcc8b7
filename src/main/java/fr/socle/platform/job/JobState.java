package fr.socle.platform.job;

import java.time.Instant;

/**
 * A background job as its feature reads it: what was asked, its status and progress counters.
 *
 * @param kind the kind of work, which names the {@link JobHandler} that does it
 * @param subjectId what the job is about (a session for a bulk issuance), or null
 * @param owner who asked (as the feature names them: an e-mail, an account id)
 * @param parameters the feature's parameters, as JSON text
 */
public record JobState(String id, String kind, String organisationId, String subjectId, String owner, String parameters,
                       JobStatus status, int total, int done, int skipped, Instant createdAt, Instant startedAt, Instant finishedAt,
                       String error) {

    public boolean finished() {
        return status.isFinished();
    }
}

package fr.socle.platform.job;

/**
 * A feature's work for one kind of background job, found by the {@link JobEngine} by its
 * {@link #kind()} (a CDI bean). {@link #run} must be resumable: a job is run again from the start
 * after a stop or a crash, and must then do only what is missing (or redo it whole), never twice.
 * <p>
 * It reports its progress through {@link Jobs} (in its own transactions); when it returns, the job is
 * DONE, when it throws, FAILED (with the message of a {@link JobFailure}, or the exception), unless it
 * ended the job itself ({@link Jobs#finish}, in the transaction that stores its result).
 */
public interface JobHandler {

    /** The kind of job it runs (the {@code kind} column), e.g. {@code EXPORT}. */
    String kind();

    /** What the log calls one of its jobs, e.g. "bulk issuance". */
    default String title() {
        return kind();
    }

    void run(JobState job) throws Exception;
}

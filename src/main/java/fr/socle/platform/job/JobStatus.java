package fr.socle.platform.job;

/** A background job's life: QUEUED, RUNNING (claimed by an instance), then DONE or FAILED. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}

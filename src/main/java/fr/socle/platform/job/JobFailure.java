package fr.socle.platform.job;

/** Ends a job FAILED with a message a person can read (shown with the job). */
public class JobFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobFailure(String message) {
        super(message);
    }
}

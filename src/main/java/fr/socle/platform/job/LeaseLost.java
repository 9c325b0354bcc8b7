package fr.socle.platform.job;

/**
 * This instance no longer holds the job's lease (it could not renew it in time and another instance
 * took the job over): the run stops without touching the job again.
 */
public class LeaseLost extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LeaseLost(String jobId) {
        super("lease lost on job " + jobId);
    }
}

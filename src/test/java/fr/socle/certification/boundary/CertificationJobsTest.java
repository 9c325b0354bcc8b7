package fr.socle.certification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.platform.job.JobEngine;
import fr.socle.platform.job.JobState;
import fr.socle.platform.job.MemoryJobs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many bulk jobs started together: a few issue at a time, the others wait, and every one finishes. */
class CertificationJobsTest {

    static final int PARALLEL = JobEngine.PARALLEL;

    @Test
    void atMostParallelJobsIssueAtOnceAndEveryJobFinishes() throws Exception {
        int jobs = 3 * PARALLEL;
        AtomicInteger issuing = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger issued = new AtomicInteger();
        Set<String> finished = ConcurrentHashMap.newKeySet();
        MemoryJobs.Table table = new MemoryJobs.Table();
        MemoryJobs store = new MemoryJobs(table, "a");
        CertificationJobs bulk = new CertificationJobs();
        bulk.steps = new CertificationJobs.JobSteps() {
            @Override
            public List<String> begin(JobState job) {
                return List.of("e1", "e2", "e3");
            }

            @Override
            public void progress(String jobId, int done, int skipped, String problem) {
                assertEquals(0, skipped, problem);
            }
        };
        bulk.certificates = new Certificates() {
            @Override
            Issuance.Issued issueOnce(DocumentKind kind, String enrolmentId, String actor, LocalDate expiresOn) {
                most.accumulateAndGet(issuing.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                issuing.decrementAndGet();
                issued.incrementAndGet();
                return null;
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(jobs); // as the container: a thread per job
        JobEngine engine = store.engine(threads, bulk);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            ids.add(engine.start(CertificationJobs.KIND, "org", "session", "formatrice@socle.test",
                    CertificationJob.parameters(DocumentKind.CERTIFICAT_REALISATION), 3).id());
        }
        for (int i = 0; i < 6000 && finished.size() < jobs; i++) {
            ids.stream().filter(id -> store.find(id).orElseThrow().finished()).forEach(finished::add);
            Thread.sleep(10);
        }
        threads.shutdown();
        assertEquals(jobs, finished.size());
        assertEquals(3 * jobs, issued.get());
        assertTrue(most.get() <= PARALLEL, () -> most.get() + " jobs issued at once");
        assertTrue(most.get() > 1, "jobs still run side by side");
    }
}

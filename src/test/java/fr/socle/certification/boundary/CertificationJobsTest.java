package fr.socle.certification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many bulk jobs started together: a few issue at a time, the others wait, and every one finishes. */
class CertificationJobsTest {

    @Test
    void atMostParallelJobsIssueAtOnceAndEveryJobFinishes() throws Exception {
        int jobs = 3 * CertificationJobs.PARALLEL;
        AtomicInteger issuing = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger issued = new AtomicInteger();
        Set<String> finished = ConcurrentHashMap.newKeySet();
        CertificationJobs bulk = new CertificationJobs();
        bulk.background = new fr.socle.platform.BackgroundJobs();
        bulk.steps = new CertificationJobs.JobSteps() {
            @Override
            public List<String> begin(String jobId) {
                return List.of("e1", "e2", "e3");
            }

            @Override
            public DocumentKind kind(String jobId) {
                return DocumentKind.CERTIFICAT_REALISATION;
            }

            @Override
            public String actor(String jobId) {
                return "formatrice@socle.test";
            }

            @Override
            public void progress(String jobId, int done, int skipped, String problem) {
                assertEquals(0, skipped, problem);
            }

            @Override
            public void finish(String jobId, String failure) {
                assertNull(failure);
                finished.add(jobId);
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
        for (int i = 0; i < jobs; i++) {
            String id = "job-" + i;
            threads.submit(() -> bulk.run(id));
        }
        threads.shutdown();
        assertTrue(threads.awaitTermination(60, TimeUnit.SECONDS));
        assertEquals(jobs, finished.size());
        assertEquals(3 * jobs, issued.get());
        assertTrue(most.get() <= CertificationJobs.PARALLEL, () -> most.get() + " jobs issued at once");
        assertTrue(most.get() > 1, "jobs still run side by side");
    }
}

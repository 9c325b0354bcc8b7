package fr.socle.platform.job;

import fr.socle.platform.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link Jobs} over a map instead of the database, for tests: the same entity methods (the claim,
 * lease and end rules), one "database" shared by the instances of a test, and a clock the test moves.
 */
public class MemoryJobs extends Jobs {

    /** The table: shared by the instances given the same one. */
    public static final class Table {
        final Map<String, BackgroundJob> rows = new LinkedHashMap<>();
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:00Z"));

        public void advance(long seconds) {
            now.updateAndGet(t -> t.plusSeconds(seconds));
        }

        public Instant now() {
            return now.get();
        }

        public synchronized BackgroundJob row(String id) {
            return rows.get(id);
        }
    }

    final Table table;

    public MemoryJobs(Table table, String instance) {
        this.table = table;
        this.configuredInstance = Optional.of(instance);
        this.clock = new Clock() {
            @Override
            public Instant now() {
                return table.now();
            }
        };
    }

    /** An engine of this instance, handing its jobs to the threads given, with these handlers. */
    public JobEngine engine(ExecutorService threads, JobHandler... given) {
        JobEngine engine = new JobEngine() {
            @Override
            void execute(Runnable work) {
                threads.submit(work);
            }

            @Override
            Optional<JobHandler> handler(String kind) {
                return List.of(given).stream().filter(h -> h.kind().equals(kind)).findFirst();
            }
        };
        engine.jobs = this;
        return engine;
    }

    @Override
    public JobState create(String kind, String organisationId, String subjectId, String owner, String parameters, int total) {
        synchronized (table) {
            BackgroundJob job = new BackgroundJob(kind, organisationId, subjectId, owner, parameters, total, clock.now());
            table.rows.put(job.getId(), job);
            return job.state();
        }
    }

    @Override
    public Optional<JobState> find(String id) {
        synchronized (table) {
            return Optional.ofNullable(table.rows.get(id)).map(BackgroundJob::state);
        }
    }

    @Override
    public List<JobState> ofSubject(String kind, String subjectId, int max) {
        synchronized (table) {
            return table.rows.values().stream().map(BackgroundJob::state).filter(j -> j.kind().equals(kind) && subjectId.equals(j.subjectId()))
                    .sorted(Comparator.comparing(JobState::createdAt).reversed()).limit(max).toList();
        }
    }

    @Override
    public List<JobState> ofOrganisations(String kind, Collection<String> organisationIds, int max) {
        synchronized (table) {
            return table.rows.values().stream().map(BackgroundJob::state)
                    .filter(j -> j.kind().equals(kind) && organisationIds.contains(j.organisationId()))
                    .sorted(Comparator.comparing(JobState::createdAt).reversed()).limit(max).toList();
        }
    }

    @Override
    public void restart(String id, int total) {
        synchronized (table) {
            mine(id).restart(total);
        }
    }

    @Override
    public void total(String id, int total) {
        synchronized (table) {
            mine(id).total(total);
        }
    }

    @Override
    public void step(String id) {
        synchronized (table) {
            mine(id).step();
        }
    }

    @Override
    public void progress(String id, int done, int skipped, String problem) {
        synchronized (table) {
            mine(id).progress(done, skipped, problem);
        }
    }

    @Override
    public void finish(String id, String failure) {
        synchronized (table) {
            BackgroundJob job = mine(id);
            if (failure == null) {
                job.allDone();
            }
            job.finish(failure, clock.now());
        }
    }

    private BackgroundJob mine(String id) {
        BackgroundJob job = table.rows.get(id);
        if (job == null || !job.heldBy(instance())) {
            throw new LeaseLost(id);
        }
        return job;
    }

    @Override
    public List<JobState> claimable() {
        synchronized (table) {
            Instant now = clock.now();
            return table.rows.values().stream().filter(j -> j.claimableAt(now)).map(BackgroundJob::state).toList();
        }
    }

    @Override
    public Optional<JobState> claim(String id, long leaseSeconds) {
        synchronized (table) {
            Instant now = clock.now();
            BackgroundJob job = table.rows.get(id);
            return job != null && job.claim(instance(), now, now.plusSeconds(leaseSeconds)) ? Optional.of(job.state()) : Optional.empty();
        }
    }

    @Override
    public int renew(Collection<String> ids, long leaseSeconds) {
        synchronized (table) {
            Instant until = clock.now().plusSeconds(leaseSeconds);
            return (int) ids.stream().map(table.rows::get).filter(j -> j != null && j.renew(instance(), until)).count();
        }
    }

    @Override
    public int releaseAllMine() {
        synchronized (table) {
            return (int) table.rows.values().stream().filter(j -> j.release(instance())).count();
        }
    }

    @Override
    public void ended(String id, String failure) {
        synchronized (table) {
            BackgroundJob job = table.rows.get(id);
            if (job != null) {
                job.endIfHeldBy(instance(), failure, clock.now());
            }
        }
    }
}

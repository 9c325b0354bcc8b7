package fr.socle.export.boundary;

import fr.socle.export.control.Export;
import fr.socle.export.control.ExportRequest;
import fr.socle.export.entity.ExportFilePart;
import fr.socle.export.entity.ExportFile;
import fr.socle.identity.boundary.Accounts;
import fr.socle.platform.Caller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import fr.socle.platform.job.JobEngine;
import fr.socle.platform.job.JobHandler;
import fr.socle.platform.job.JobState;
import fr.socle.platform.job.JobStatus;
import fr.socle.platform.job.Jobs;
import fr.socle.platform.job.LeaseLost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipOutputStream;

/**
 * Exports built in the background, as the {@link JobHandler} of the {@value #KIND} jobs of the
 * {@link JobEngine} (on the managed executor, a few jobs at once, those a stop or a crash left
 * unfinished built again): an organisation's administrator asks for one (a kind, a period); the
 * {@link Export} bean of that kind writes its ZIP, reporting its steps; the ZIP is written to a
 * temporary file, then stored whole with the DONE status in one transaction, so that there is never
 * half a file. A failure ends the job FAILED with a French message. The job and its file are for the
 * person who asked and the organisation's administrators; 404 for anyone else.
 * <p>
 * Its reads run in a transaction: an entity manager used outside one, in a request that hands a task
 * to the managed executor, is closed by the container at the end of the task as well as of the
 * request (a SEVERE "closed EntityManager"). {@link #build} is called on the bean itself, not through
 * its proxy: it opens no transaction, each of its steps opens its own.
 */
@ApplicationScoped
@Transactional
public class ExportJobs implements JobHandler {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

    static final String KIND = "EXPORT";

    @PersistenceContext
    EntityManager em;

    @Inject
    Steps steps;

    @Inject
    JobEngine engine;

    @Inject
    Jobs jobs;

    @Inject
    Accounts accounts;

    @Inject
    @Any
    Instance<Export> exports;

    public ExportJob start(Caller caller, ExportKind kind, String organisationId, LocalDate from, LocalDate to, String programme) {
        if (organisationId == null || !caller.canAdminister(organisationId) || em.find(Organisation.class, organisationId) == null) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        if (kind == null) {
            throw Problem.badRequest("socle.export.kindRequired");
        }
        Export export = export(kind).orElseThrow(() -> Problem.badRequest("socle.export.kindRequired"));
        ExportRequest request;
        try {
            request = new ExportRequest(organisationId, from, to, programme == null || programme.isBlank() ? null : programme.trim());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.export.badPeriod", ExportRequest.MAX_YEARS);
        }
        JobState job = engine.start(KIND, organisationId, null, caller.accountId(), request.json(export.kind()), 0);
        return new ExportJob(job, null);
    }

    /**
     * A job of an organisation the caller administers; 404 otherwise, to whoever asked for it too once
     * they no longer administer it (an export holds the organisation's people and documents).
     */
    public ExportJob find(Caller caller, String id) {
        return jobs.find(id).filter(j -> KIND.equals(j.kind()) && caller.canAdminister(j.organisationId()))
                .map(j -> new ExportJob(j, em.find(ExportFile.class, j.id())))
                .orElseThrow(() -> Problem.notFound("socle.export.notFound"));
    }

    /** The jobs of the organisations the caller administers, latest first. */
    public List<ExportJob> visible(Caller caller, int max) {
        return jobs.ofOrganisations(KIND, caller.administered(), max).stream()
                .map(j -> new ExportJob(j, em.find(ExportFile.class, j.id()))).toList();
    }

    /** Writes a DONE job's file, part by part; 409 while it is not DONE. */
    public ExportJob download(Caller caller, String id, OutputStream out) throws IOException {
        ExportJob job = readyFile(caller, id);
        for (Integer seq : em.createNamedQuery(ExportFilePart.SEQS, Integer.class).setParameter("job", job.getId()).getResultList()) {
            ExportFilePart part = em.find(ExportFilePart.class, new ExportFilePart.Key(job.getId(), seq));
            out.write(part.getContent());
            em.detach(part); // one part in memory at a time, however large the file
        }
        return job;
    }

    /** The job whose file can be downloaded: found for the caller (or 404) and DONE (or 409). */
    public ExportJob readyFile(Caller caller, String id) {
        ExportJob job = find(caller, id);
        if (job.getStatus() != JobStatus.DONE) {
            throw Problem.conflict("socle.export.notReady");
        }
        return job;
    }

    Optional<Export> export(ExportKind kind) {
        return exports.stream().filter(e -> e.kind() == kind).findFirst();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "export";
    }

    /** The engine runs a job: built from the start (a resumed one too), outside any transaction. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void run(JobState job) {
        build(job.id());
    }

    /**
     * Builds a job from the start (a resumed one too); never throws, but when this instance lost the
     * job to another. Outside any transaction: each step commits on its own ({@link Steps}), the
     * progress shows while it runs, and what it reads does not pile up in one persistence context.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void build(String jobId) {
        Steps.Started started = steps.begin(jobId);
        if (started == null) {
            return;
        }
        Path file = null;
        try {
            Caller caller = accounts.callerById(started.requestedBy()).filter(c -> c.canAdminister(started.request().organisationId()))
                    .orElseThrow(() -> Problem.forbidden("socle.export.notAllowedAnymore"));
            Export export = export(started.kind()).orElseThrow(() -> Problem.badRequest("socle.export.kindRequired"));
            file = Files.createTempFile("socle-export-", ".zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                export.write(caller, started.request(), zip, new Export.Progress() {
                    @Override
                    public void total(int total) {
                        steps.total(jobId, total);
                    }

                    @Override
                    public void step() {
                        steps.step(jobId);
                    }
                });
            }
            steps.store(jobId, export.fileName(started.request()), file);
        } catch (LeaseLost lost) {
            throw lost;
        } catch (Problem p) {
            LOG.info(() -> "Export " + jobId + " refused: " + p.key());
            steps.fail(jobId, p.message(Messages.DEFAULT));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Export " + jobId + " failed", e);
            steps.fail(jobId, Messages.get(Messages.DEFAULT, "socle.export.failed", jobId));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    LOG.warning(() -> "Export " + jobId + ": temporary file left at " + ignored.getMessage());
                }
            }
        }
    }

    /** The job's own transactions, short ones, so that its progress shows while it runs. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class Steps {

        @PersistenceContext
        EntityManager em;

        @Inject
        Jobs jobs;

        /** What a job asks, read when it starts. */
        public record Started(ExportKind kind, ExportRequest request, String requestedBy) {
        }

        /** Starts the job again from nothing (no file, no steps); null when it is not there. */
        public Started begin(String jobId) {
            JobState job = jobs.find(jobId).orElse(null);
            if (job == null || job.finished()) {
                return null;
            }
            jobs.restart(jobId, 0);
            forget(jobId);
            return new Started(ExportRequest.kindOf(job.parameters()), ExportRequest.fromJson(job.organisationId(), job.parameters()),
                    job.owner());
        }

        public void total(String jobId, int total) {
            jobs.total(jobId, total);
        }

        public void step(String jobId) {
            jobs.step(jobId);
        }

        /** Stores the whole file and marks the job DONE, in one transaction: no half file is ever served. */
        public void store(String jobId, String fileName, Path file) throws IOException {
            forget(jobId);
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            long size = 0;
            int seq = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] part;
                while ((part = in.readNBytes(ExportFilePart.SIZE)).length > 0) {
                    sha256.update(part);
                    size += part.length;
                    ExportFilePart stored = new ExportFilePart(jobId, seq++, part);
                    em.persist(stored);
                    em.flush();
                    em.detach(stored); // one part in memory at a time
                }
            }
            em.persist(new ExportFile(jobId, fileName, size, HexFormat.of().formatHex(sha256.digest())));
            jobs.finish(jobId, null);
        }

        /** Ends the job FAILED with a message a person can read, and no file. */
        public void fail(String jobId, String message) {
            forget(jobId);
            jobs.finish(jobId, message);
        }

        private void forget(String jobId) {
            em.createNamedQuery(ExportFilePart.DELETE_OF_JOB).setParameter("job", jobId).executeUpdate();
            ExportFile stored = em.find(ExportFile.class, jobId);
            if (stored != null) {
                em.remove(stored);
            }
        }
    }
}

package fr.socle.export.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.export.control.Export;
import fr.socle.export.control.ExportRequest;
import fr.socle.identity.boundary.Accounts;
import fr.socle.platform.Caller;
import fr.socle.platform.Role;
import fr.socle.platform.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A job's run: its steps reported, its whole file stored, or a French message and no file. */
class ExportJobsTest {

    private static final ExportRequest REQUEST = new ExportRequest("org", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), null);

    /** What the job's transactions were asked to do. */
    static final class Recorder extends ExportJobs.Steps {
        final List<String> calls = new ArrayList<>();
        String stored;
        byte[] file;
        String failure;

        @Override
        public Started begin(String jobId) {
            calls.add("begin");
            return new Started(ExportKind.AGREMENT_DOSSIER, REQUEST, "admin-id");
        }

        @Override
        public void total(String jobId, int total) {
            calls.add("total " + total);
        }

        @Override
        public void step(String jobId) {
            calls.add("step");
        }

        @Override
        public void store(String jobId, String fileName, Path path) throws IOException {
            calls.add("store");
            stored = fileName;
            file = Files.readAllBytes(path);
        }

        @Override
        public void fail(String jobId, String message) {
            calls.add("fail");
            failure = message;
        }
    }

    private static ExportJobs jobs(Recorder steps, Export export, Set<String> administered) {
        ExportJobs jobs = new ExportJobs() {
            @Override
            Optional<Export> export(ExportKind kind) {
                return Optional.of(export);
            }
        };
        jobs.steps = steps;
        jobs.accounts = new Accounts() {
            @Override
            public Optional<Caller> callerById(String id) {
                return Optional.of(new Caller(id, "admin@socle.test", "Admin", false, Map.of("org", Set.of(Role.ORG_ADMIN)), administered));
            }
        };
        return jobs;
    }

    private static Export export(Writer writer) {
        return new Export() {
            @Override
            public ExportKind kind() {
                return ExportKind.AGREMENT_DOSSIER;
            }

            @Override
            public String fileName(ExportRequest request) {
                return "dossier.zip";
            }

            @Override
            public void write(Caller caller, ExportRequest request, ZipOutputStream zip, Progress progress) throws IOException {
                writer.write(zip, progress);
            }
        };
    }

    interface Writer {
        void write(ZipOutputStream zip, Export.Progress progress) throws IOException;
    }

    @Test
    void aJobReportsItsStepsThenStoresItsWholeZip() throws IOException {
        Recorder steps = new Recorder();
        jobs(steps, export((zip, progress) -> {
            progress.total(2);
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("un".getBytes());
            progress.step();
            zip.putNextEntry(new ZipEntry("b.txt"));
            zip.write("deux".getBytes());
            progress.step();
        }), Set.of("org")).build("job");
        assertEquals(List.of("begin", "total 2", "step", "step", "store"), steps.calls);
        assertEquals("dossier.zip", steps.stored);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(steps.file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("a.txt", "b.txt"), names, "the ZIP was closed before it was stored");
    }

    @Test
    void aFailureEndsTheJobFailedWithAFrenchMessageAndNoFile() {
        Recorder steps = new Recorder();
        jobs(steps, export((zip, progress) -> {
            progress.total(3);
            progress.step();
            throw new IllegalStateException("disque plein");
        }), Set.of("org")).build("job-42");
        assertEquals(List.of("begin", "total 3", "step", "fail"), steps.calls);
        assertNull(steps.file);
        assertTrue(steps.failure.startsWith("L’export n’a pas pu être produit") && steps.failure.contains("job-42"), steps.failure);
    }

    @Test
    void aProblemEndsTheJobFailedWithItsMessage() {
        Recorder steps = new Recorder();
        jobs(steps, export((zip, progress) -> {
            throw Problem.conflict("socle.export.agrement.empty");
        }), Set.of("org")).build("job");
        assertEquals(List.of("begin", "fail"), steps.calls);
        assertTrue(steps.failure.startsWith("Rien à exporter"), steps.failure);
    }

    @Test
    void aRequesterWhoNoLongerAdministersTheOrganisationGetsNoFile() {
        Recorder steps = new Recorder();
        jobs(steps, export((zip, progress) -> {
            throw new AssertionError("not written");
        }), Set.of()).build("job");
        assertEquals(List.of("begin", "fail"), steps.calls);
        assertTrue(steps.failure.contains("n’administre plus"), steps.failure);
    }
}

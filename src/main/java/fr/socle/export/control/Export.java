package fr.socle.export.control;

import fr.socle.export.boundary.ExportKind;
import fr.socle.platform.Caller;
import java.io.IOException;
import java.util.zip.ZipOutputStream;

/**
 * The extension point for exports: a CDI bean ({@code @ApplicationScoped}) that writes one
 * {@link ExportKind} into a ZIP. {@code ExportJobs} finds it by its kind, checks that the caller
 * administers the organisation, runs it in the background with the caller who asked (their rights
 * as they are when it runs), stores the ZIP once it is whole, and turns an exception into a FAILED
 * job with its message (a {@code Problem}'s message key, in French; anything else, a generic
 * message). The writer opens its own (short) transactions for what it reads.
 * <p>
 * A new kind: an {@code ExportKind} constant, its label {@code socle.export.kind.<NAME>}, and a bean
 * implementing this interface ({@code fr.socle.reporting.boundary.QualiopiPackExport} is a short one).
 */
public interface Export {

    ExportKind kind();

    /** The ZIP's file name, as the download offers it (ASCII, no path). */
    String fileName(ExportRequest request);

    /**
     * Writes the export's entries into the ZIP (the caller closes it). Report the number of steps first,
     * then each step done: that is the progress bar.
     *
     * @throws fr.socle.platform.Problem for a failure the person who asked can act on (its key says it)
     */
    void write(Caller caller, ExportRequest request, ZipOutputStream zip, Progress progress) throws IOException;

    /** The job's progress, committed as it goes so that the page shows it. */
    interface Progress {
        void total(int steps);

        void step();
    }
}

package fr.socle.export.boundary;

import fr.socle.certification.boundary.Sealing;
import fr.socle.delivery.boundary.Sessions;
import fr.socle.export.control.AgrementDossier;
import fr.socle.export.control.Export;
import fr.socle.export.control.ExportRequest;
import fr.socle.platform.Caller;
import fr.socle.platform.HtmlPdf;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The élus' agrément dossier (see {@link AgrementReads} for what it covers): index.pdf, one
 * information sheet per programme, formateurs.pdf, sessions.csv, heures-elus.csv, the sealed
 * attendance sheet of each half-day, and the issued documents' sealed PDFs as stored. One step per file.
 * The index and the attendance sheets carry the organisation's seal ({@link Sealing}), as the documents do.
 */
@ApplicationScoped
public class AgrementDossierExport implements Export {

    @Inject
    AgrementReads reads;

    @Inject
    Sessions sessions;

    @Inject
    Sealing sealing;

    @Override
    public ExportKind kind() {
        return ExportKind.AGREMENT_DOSSIER;
    }

    @Override
    public String fileName(ExportRequest request) {
        return "dossier-agrement-elus-" + request.from() + "-" + request.to() + ".zip";
    }

    @Override
    public void write(Caller caller, ExportRequest request, ZipOutputStream zip, Progress progress) throws IOException {
        AgrementDossier.Contents c = reads.contents(caller, request);
        if (c.hours().isEmpty() && c.sessions().isEmpty() && c.documents().isEmpty()) {
            throw Problem.conflict("socle.export.agrement.empty");
        }
        progress.total(AgrementDossier.files(c).size() + 1);
        progress.step();
        HtmlPdf renderer = HtmlPdf.shared();
        String css = HtmlPdf.templateText("document.css");
        for (AgrementDossier.ProgrammeSheet p : c.programmes()) {
            entry(zip, AgrementDossier.programmeFile(p.code()), renderer.render(AgrementDossier.programmeHtml(p, c.organisation(), css), Map.of()));
            progress.step();
        }
        entry(zip, AgrementDossier.TRAINERS, renderer.render(AgrementDossier.trainersHtml(c.trainers(), c.organisation(), c.from(), c.to(), css), Map.of()));
        progress.step();
        entry(zip, AgrementDossier.SESSIONS, AgrementDossier.sessionsCsv(c.sessions()));
        progress.step();
        entry(zip, AgrementDossier.HOURS, AgrementDossier.hoursCsv(c.hours()));
        progress.step();
        for (AgrementDossier.SheetRef s : c.sheets()) {
            entry(zip, s.fileName(), sessions.halfDaySheet(caller, s.halfDayId()));
            progress.step();
        }
        for (AgrementDossier.DocumentRef d : c.documents()) {
            entry(zip, d.fileName(), reads.documentPdf(caller, request.organisationId(), d.certificateId()));
            progress.step();
        }
        // The index answers for the dossier: it carries the organisation's seal, like its sheets and documents
        entry(zip, AgrementDossier.INDEX, sealing.seal(request.organisationId(), c.organisation(),
                renderer.render(AgrementDossier.indexHtml(c, css), Map.of()), "Dossier d'agrément (élus) : index des pièces"));
        progress.step();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}

package fr.socle.reporting.boundary;

import fr.socle.export.control.Export;
import fr.socle.export.control.ExportRequest;
import fr.socle.export.boundary.ExportKind;
import fr.socle.platform.Caller;
import fr.socle.reporting.control.QualiopiPack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.zip.ZipOutputStream;

/**
 * The Qualiopi audit pack of an organisation for a period and, optionally, a programme (see
 * {@link Quality#pack}): one step for reading the figures, then one per file of the pack. It lives with the
 * reporting it writes; the exports feature knows it only as an {@link Export}.
 */
@ApplicationScoped
public class QualiopiPackExport implements Export {

    @Inject
    Quality quality;

    @Override
    public ExportKind kind() {
        return ExportKind.QUALIOPI_PACK;
    }

    @Override
    public String fileName(ExportRequest request) {
        return QualiopiResource.fileName(request.from(), request.to());
    }

    @Override
    public void write(Caller caller, ExportRequest request, ZipOutputStream zip, Progress progress) throws IOException {
        progress.total(QualiopiPack.FILES + 1);
        quality.pack(caller, request.organisationId(), request.programme(), request.from(), request.to(), zip, progress::step);
    }
}

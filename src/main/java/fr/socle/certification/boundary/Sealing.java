package fr.socle.certification.boundary;

import fr.socle.certification.control.PdfSeal;
import fr.socle.certification.control.Seal;
import fr.socle.certification.control.SealKeys;
import fr.socle.platform.Clock;
import fr.socle.platform.DocumentSealing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The one sealing step of every PDF Socle makes: issued documents, attendance sheets, the agrément
 * dossier's index. The organisation's seal (its key and certificate from {@link SealKeys}: the
 * configured keystore, or the one Socle made) signs the PDF as PAdES ({@code ETSI.CAdES.detached}), in
 * an incremental update, so that any PDF reader and {@code Certificates.checkPdf} verify it alike.
 * <p>
 * Other features call {@link #seal(String, String, byte[], String)}; those certification depends on
 * reach it as {@link DocumentSealing}.
 */
@ApplicationScoped
public class Sealing implements DocumentSealing {

    @Inject
    SealKeys seals;

    @Inject
    Clock clock;

    @Override
    public byte[] seal(String organisationId, String organisationName, byte[] pdf, String reason) {
        return seal(seals.seal(organisationId, organisationName), organisationName, pdf, reason, clock.now());
    }

    /** The step itself, for issuance: the seal it also signs the credential with, at the issuing instant. */
    static byte[] seal(Seal seal, String signerName, byte[] pdf, String reason, Instant at) {
        return PdfSeal.seal(pdf, seal, at, signerName, reason, null);
    }
}

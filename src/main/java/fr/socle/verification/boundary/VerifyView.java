package fr.socle.verification.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Clients;
import fr.socle.platform.BodyLimits;
import jakarta.enterprise.event.Observes;
import fr.socle.certification.boundary.Certificates;
import fr.socle.certification.boundary.Verification;
import fr.socle.platform.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * The public verification page: a code typed (or opened from the QR code, pre-filled) and its
 * answer; or a PDF dropped, whose seal and content are checked against the record.
 */
@Named
@RequestScoped
public class VerifyView {

    /** The verify pages take a dropped PDF (the rest of the site, far less). */
    static void bodyLimits(@Observes BodyLimits.Routes routes) {
        routes.add(MAX_PDF, "/verify/*");
    }


    /** The largest PDF dropped for verification. */
    public static final int MAX_PDF = 10 * 1024 * 1024;

    @Inject
    Verifications verifications;

    @Inject
    Certificates certificates;

    @Inject
    FacesMessages messages;

    @Inject
    Registrar registrar;

    @Inject
    CurrentCaller current;

    @Inject
    Clients clients;

    private String code;
    private Verification result;
    private boolean looked;
    private boolean limited;
    private Part file;
    private Certificates.PdfCheck pdfCheck;

    /** Looks the code up, when there is one (view action of the page). */
    public void lookUp() {
        if (code == null || code.isBlank() || looked) {
            return;
        }
        looked = true;
        if (!verifications.allowed(client())) {
            limited = true;
            return;
        }
        result = verifications.verify(code).orElse(null);
        current.get().filter(c -> c.isRegistrar()).ifPresent(c -> registrar.logVerification(c, code, result != null));
    }

    /** Checks the PDF dropped on the page. */
    public void checkPdf() {
        if (file == null || file.getSize() == 0) {
            messages.error(null, "socle.verify.noFile");
            return;
        }
        if (file.getSize() > MAX_PDF) {
            messages.error(null, "socle.verify.fileTooLarge");
            return;
        }
        if (!verifications.allowed(client())) {
            limited = true;
            return;
        }
        try (InputStream in = file.getInputStream()) {
            pdfCheck = certificates.checkPdf(in.readAllBytes());
        } catch (IOException e) {
            messages.error(null, "socle.verify.noFile");
        }
    }

    /** The key the rate limit counts this client under (the address a trusted proxy forwarded; IPv6 by /64). */
    private String client() {
        return clients.key((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Verification getResult() { return result; }
    public boolean isLooked() { return looked; }
    public boolean isLimited() { return limited; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public Certificates.PdfCheck getPdfCheck() { return pdfCheck; }
}

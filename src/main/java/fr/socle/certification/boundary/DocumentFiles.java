package fr.socle.certification.boundary;

import fr.socle.platform.Downloads;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Issued documents for the pages, with the signed-in session's rights (the REST API takes bearer
 * tokens): /documents/{code}.pdf (the sealed PDF) and /documents/{code}.jwt (the credential), as
 * attachments, for the holder and the trainers and administrators of its organisations; 404 otherwise.
 */
@WebServlet("/documents/*")
public class DocumentFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Inject
    transient CurrentCaller current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        var caller = current.get();
        int dot = name.lastIndexOf('.');
        if (caller.isPresent() && dot > 0) {
            String code = name.substring(0, dot);
            try {
                var c = certificates.find(caller.get(), code);
                byte[] content = null;
                String type = null;
                if (name.endsWith(".pdf")) {
                    content = certificates.pdf(c);
                    type = "application/pdf";
                } else if (name.endsWith(".jwt")) {
                    content = c.getCredential().getBytes(StandardCharsets.US_ASCII);
                    type = CertificatesResource.VC_JWT;
                }
                if (content != null) {
                    Downloads.file(response, content, type, c.getCode() + name.substring(dot));
                    return;
                }
            } catch (Problem notThere) {
                // answered below
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

package fr.socle.catalogue.boundary;

import fr.socle.platform.Downloads;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Files of a programme version for the pages, with the signed-in session's rights (the REST API
 * takes bearer tokens only): lesson images and attachments at
 * /catalogue-files/{code}/{version}/{module}/{name}, and the course-files export at
 * /catalogue-files/{code}/{version}/export.zip. What the caller may not read is a 404.
 */
@WebServlet("/catalogue-files/*")
public class CatalogueFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Programmes programmes;

    @Inject
    transient CurrentCaller current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/");
        try {
            if (parts.length == 4 && parts[3].equals("export.zip")) {
                var files = programmes.export(current.get(), parts[1], Integer.valueOf(parts[2]));
                Downloads.headers(response, ProgrammesResource.ZIP, parts[1] + "-v" + parts[2] + ".zip");
                files.writeZip(response.getOutputStream());
                return;
            }
            if (parts.length == 5) {
                var attachment = programmes.version(current.get(), parts[1], Integer.valueOf(parts[2])).modules().stream()
                        .filter(m -> m.getCode().equals(parts[3])).flatMap(m -> m.getActivities().stream())
                        .flatMap(a -> a.getAttachments().stream()).filter(a -> a.getName().equals(parts[4])).findFirst();
                if (attachment.isPresent()) {
                    response.setContentType(attachment.get().getMediaType());
                    response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
                    response.getOutputStream().write(attachment.get().getContent());
                    return;
                }
            }
        } catch (Problem | NumberFormatException notThere) {
            // answered below
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

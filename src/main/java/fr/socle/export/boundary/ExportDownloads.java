package fr.socle.export.boundary;

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
 * An export's file for the pages, with the signed-in session's rights (the REST API takes bearer
 * tokens): /export-files/{jobId}, as an attachment, streamed, for the person who asked and the
 * organisation's administrators; 404 otherwise, and while it is not finished.
 */
@WebServlet("/export-files/*")
public class ExportDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExportJobs jobs;

    @Inject
    transient CurrentCaller current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        var caller = current.get();
        if (caller.isPresent()) {
            try {
                var job = jobs.readyFile(caller.get(), id);
                Downloads.headers(response, "application/zip", job.getFileName());
                if (job.getFileSize() != null) {
                    response.setContentLengthLong(job.getFileSize());
                }
                jobs.download(caller.get(), id, response.getOutputStream());
                return;
            } catch (Problem notThere) {
                // answered below
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

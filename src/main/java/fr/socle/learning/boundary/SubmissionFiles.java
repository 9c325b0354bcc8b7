package fr.socle.learning.boundary;

import fr.socle.platform.Downloads;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import fr.socle.learning.control.AssignmentFiles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Submitted files for the pages, with the signed-in session's rights (the REST API takes bearer
 * tokens only): /submission-files/{id}, as an attachment, for the learner who handed it in and the
 * trainers of its organisation. Anybody else gets a 404.
 */
@WebServlet("/submission-files/*")
public class SubmissionFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assignments assignments;

    @Inject
    transient CurrentCaller current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        var caller = current.get();
        if (caller.isPresent()) {
            try {
                var submission = assignments.find(caller.get(), id).submission();
                byte[] content = assignments.content(caller.get(), id);
                Downloads.send(response, content, submission.getContentType(),
                        AssignmentFiles.attachment(submission.getFileName()));
                return;
            } catch (Problem notThere) {
                // answered below
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

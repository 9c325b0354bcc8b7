package fr.socle.reporting.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Downloads;
import fr.socle.platform.ErrorPages;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The livret individuel de formation as a download: the learner's own (learn/documents.xhtml), or a learner's (admin/livret.xhtml, linked from admin/progress.xhtml). */
@Named
@RequestScoped
public class LivretView {

    @Inject
    Livrets livrets;

    @Inject
    CurrentCaller current;

    @Inject
    FacesMessages messages;

    /** The caller's own livret. */
    public void mine() throws IOException {
        of("me");
    }

    private String learnerId;

    /** admin/livret.xhtml?learner=…: a learner's livret as a download, for the administrators of their organisations; 404 for others. */
    public void download() throws IOException {
        try {
            Downloads.send(livrets.pdf(current.require(), learnerId), "application/pdf", Livrets.FILE_NAME);
        } catch (Problem p) {
            ErrorPages.send(p.kind().status);
        }
    }

    public String getLearnerId() {
        return learnerId;
    }

    public void setLearnerId(String learnerId) {
        this.learnerId = learnerId;
    }

    private void of(String accountId) throws IOException {
        try {
            Downloads.send(livrets.pdf(current.require(), accountId), "application/pdf", Livrets.FILE_NAME);
        } catch (Problem p) {
            messages.problem(p);
        }
    }
}

package fr.socle.certification.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The documents part of teach/session.xhtml: issue a kind of document to every learner of the
 * session in the background, and follow its progress.
 */
@Named
@ViewScoped
public class SessionDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificationJobs jobs;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String sessionId;
    private DocumentKind kind = DocumentKind.ATTESTATION_FIN_FORMATION;
    private String jobId;

    public void start() {
        messages.attempt(() -> jobId = jobs.start(current.require(), sessionId, kind).getId(), "socle.job.started");
        jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes().remove("sessionDocumentsView.job");
    }

    /** The job followed: the one started here, or the session's latest; read once per request. */
    public CertificationJob getJob() {
        var request = jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes();
        return (CertificationJob) request.computeIfAbsent("sessionDocumentsView.job", k -> readJob());
    }

    private CertificationJob readJob() {
        try {
            if (jobId != null) {
                return jobs.find(current.require(), jobId);
            }
            List<CertificationJob> latest = sessionId == null ? List.of() : jobs.ofSession(current.require(), sessionId);
            return latest.isEmpty() ? null : latest.get(0);
        } catch (Problem p) {
            return null;
        }
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public String getSessionId() { return sessionId; }
    public void setSessionId(String sessionId) { this.sessionId = sessionId; }
    public DocumentKind getKind() { return kind; }
    public void setKind(DocumentKind kind) { this.kind = kind; }
}

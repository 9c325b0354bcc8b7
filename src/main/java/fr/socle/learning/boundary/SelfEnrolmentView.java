package fr.socle.learning.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The "enrol" button of a programme's sheet (catalogue/programme.xhtml): the signed-in person enrols themself. */
@Named
@RequestScoped
public class SelfEnrolmentView {

    @Inject
    Enrolments enrolments;

    @Inject
    CurrentCaller current;

    @Inject
    FacesMessages messages;

    /** Enrols the signed-in person in the programme's latest published version, then opens their trainings. */
    public void enrol(String programmeCode) throws IOException {
        try {
            var e = enrolments.enrolSelf(current.require(), programmeCode);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            messages.info("socle.enrolment.done", e.getVersion().getTitle());
            external.redirect(external.getRequestContextPath() + "/learn/index.xhtml");
        } catch (Problem p) {
            messages.problem(p);
        }
    }
}

package fr.socle.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the person using a page, looked up in the bundle in the page's language. */
@RequestScoped
public class FacesMessages {

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** A problem from a facade, said in the page's language. */
    public void problem(Problem problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = problem.message(faces.getViewRoot().getLocale());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        problem.details(faces.getViewRoot().getLocale()).forEach(d -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, d, d)));
        faces.validationFailed();
    }

    /**
     * Runs a page's action: says it is done, or why not (a problem from a facade, or a change the
     * database refused), and never lets it become an error page.
     */
    public void attempt(Runnable action, String doneKey, Object... args) {
        try {
            action.run();
            if (doneKey != null) {
                info(doneKey, args);
            }
        } catch (Problem p) {
            problem(p);
        } catch (RuntimeException e) {
            error(null, "socle.authoring.refused");
        }
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
        if (severity == FacesMessage.SEVERITY_INFO) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
        }
    }
}

package fr.socle.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** A page that cannot be shown to this caller answers with an error page instead (404 for what it may not know exists). */
public final class ErrorPages {

    private ErrorPages() {
    }

    public static void send(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, "");
        faces.responseComplete();
    }
}

package fr.socle.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** A file a page's action answers with, as an attachment, instead of the page. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(byte[] bytes, String type, String fileName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseContentLength(bytes.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.setResponseHeader("Cache-Control", "private, no-store");
        external.getResponseOutputStream().write(bytes);
        faces.responseComplete();
    }
}

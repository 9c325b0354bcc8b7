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

    /**
     * A servlet's answer with a file: as an attachment (the disposition given), never sniffed, never
     * run (sandboxed), never cached by anyone else.
     */
    public static void send(jakarta.servlet.http.HttpServletResponse response, byte[] bytes, String type, String disposition)
            throws IOException {
        headers(response, type, disposition);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The headers of {@link #send(jakarta.servlet.http.HttpServletResponse, byte[], String, String)}, for a file written as a stream. */
    public static void headers(jakarta.servlet.http.HttpServletResponse response, String type, String disposition) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
    }
}

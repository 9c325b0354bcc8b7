package fr.socle.platform;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one way Socle answers with a file, from a JSF action ({@link #send(byte[], String, String)}), a
 * servlet ({@link #file(HttpServletResponse, byte[], String, String)}, {@link #headers}) or a JAX-RS
 * resource ({@link #file(Object, String, String)}): the same headers everywhere.
 * <ul>
 * <li>{@code Content-Type} as given, and {@code X-Content-Type-Options: nosniff}: a browser never guesses another type;</li>
 * <li>{@code Content-Disposition: attachment} with the file's name, an ASCII fallback and the UTF-8 name (RFC 6266,
 * {@link #attachment(String)}): downloaded under its name, never shown in place;</li>
 * <li>{@code Content-Length} when the bytes are known;</li>
 * <li>{@code Cache-Control: private, no-store}: files are personal data (sheets, documents, reports), kept by no cache.</li>
 * </ul>
 */
public final class Downloads {

    static final String CACHE = "private, no-store";
    /** What a servlet's file may do if a browser opened it anyway: nothing (no script, no fetch). */
    static final String SANDBOX = "default-src 'none'; sandbox";

    private Downloads() {
    }

    /**
     * The {@code Content-Disposition} of a download under this name: an ASCII fallback (other characters,
     * quotes and backslashes as {@code _}) and the UTF-8 name percent-encoded ({@code filename*}, RFC 6266
     * and RFC 8187).
     */
    public static String attachment(String fileName) {
        String name = fileName.replaceAll("\\p{Cntrl}", "");
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    /** A file a page's action answers with, as an attachment, instead of the page. */
    public static void send(byte[] bytes, String type, String fileName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseContentLength(bytes.length);
        external.setResponseHeader("Content-Disposition", attachment(fileName));
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("Cache-Control", CACHE);
        external.getResponseOutputStream().write(bytes);
        faces.responseComplete();
    }

    /** A servlet's answer with a file, as an attachment under its name (see {@link #headers}). */
    public static void file(HttpServletResponse response, byte[] bytes, String type, String fileName) throws IOException {
        headers(response, type, fileName);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * The former servlet answer, with a disposition made by the caller.
     *
     * @deprecated use {@link #file(HttpServletResponse, byte[], String, String)} with the file's name; kept for
     * {@code learning.boundary.SubmissionFiles} until it moves (its disposition is {@link #attachment(String)}'s already)
     */
    @Deprecated
    public static void send(HttpServletResponse response, byte[] bytes, String type, String disposition) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", SANDBOX);
        response.setHeader("Cache-Control", CACHE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * The headers of {@link #file(HttpServletResponse, byte[], String, String)}, for a file written as a
     * stream: as an attachment, never sniffed, never run (sandboxed), never cached by anyone else.
     */
    public static void headers(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", attachment(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", SANDBOX);
        response.setHeader("Cache-Control", CACHE);
    }

    /**
     * A JAX-RS answer with a file, as an attachment under its name.
     *
     * @param body the bytes (their length is sent) or a {@code StreamingOutput}
     */
    public static Response file(Object body, String type, String fileName) {
        Response.ResponseBuilder r = Response.ok(body, type)
                .header("Content-Disposition", attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", CACHE);
        if (body instanceof byte[] bytes) {
            r.header("Content-Length", bytes.length);
        }
        return r.build();
    }
}

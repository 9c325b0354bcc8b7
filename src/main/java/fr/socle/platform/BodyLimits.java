package fr.socle.platform;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest request body each route takes, refused before it is read: a body that declares a larger
 * {@code Content-Length} is answered 413 at once (the connection then closes, so the rest is never read); an API body
 * sent without a length (chunked) is counted as it is read and stops the request with 413 at the limit. Pages take
 * bodies of a declared length only (411 otherwise: browsers always declare it), since the container reads their forms
 * and files itself. The answer is JSON under {@code /api/}, a short page elsewhere, in French or English.
 * <p>
 * Every route takes {@code SOCLE_BODY_LIMIT_KB} (1 MB by default: forms and JSON); the routes that take files say
 * so where they are written, by observing {@link Routes} (e.g. the assignment uploads take their file limit), and
 * take that much more than the default (the form's other fields). web.xml maps this filter after
 * {@link SecurityHeaders}, so that a refusal carries the same headers as any answer.
 */
public class BodyLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final long MEGABYTE = 1024L * 1024;
    /** Request attribute set when a counted body went past its route's limit: the route's payload limit, in bytes. */
    public static final String EXCEEDED = "fr.socle.platform.BodyLimits.exceeded";

    /** A route's paths ({@code *} stands for one path segment) and the largest file or payload they take. */
    record Route(Pattern pattern, long bytes) {
    }

    /**
     * Fired once at start: each feature adds the routes that take more than the default, with the size of what they
     * take (the default is added to it for the rest of the form).
     */
    public static final class Routes {
        private final List<Route> routes = new ArrayList<>();

        /** Bodies carrying up to {@code bytes} of file or payload on these paths, relative to the application. */
        public Routes add(long bytes, String... paths) {
            for (String path : paths) {
                routes.add(new Route(compile(path), bytes));
            }
            return this;
        }

        List<Route> list() {
            return Collections.unmodifiableList(routes);
        }
    }

    @Inject
    Event<Routes> announce;

    @Inject
    @ConfigProperty(name = "socle.body.limit.kb", defaultValue = "1024")
    long defaultKilobytes;

    private volatile Table table = new Table(List.of(), MEGABYTE);

    @Override
    public void init() throws ServletException {
        Routes routes = new Routes();
        announce.fire(routes);
        table = new Table(routes.list(), Math.max(1, defaultKilobytes) * 1024);
    }

    /** The routes and their limits: the first route that matches, else the default. */
    record Table(List<Route> routes, long small) {

        /** The payload a path takes (what the refusal names). */
        long payload(String path) {
            for (Route route : routes) {
                if (route.pattern().matcher(path).matches()) {
                    return route.bytes();
                }
            }
            return small;
        }

        /** The body a path takes: its payload and, on routes that take files, the default again for the form around them. */
        long limit(String path) {
            long payload = payload(path);
            return payload == small ? small : payload + small;
        }
    }

    static Table table(Routes routes, long smallBytes) {
        return new Table(routes.list(), smallBytes);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Table limits = table;
        String path = path(request);
        long limit = limits.limit(path);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limits.payload(path));
            return;
        }
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!api(path)) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, limits.payload(path));
            return;
        }
        Counted counted = new Counted(request, limit, limits.payload(path));
        try {
            chain.doFilter(counted, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!counted.exceeded() || response.isCommitted()) {
                throw e;
            }
        }
        if (counted.exceeded() && !response.isCommitted()) {
            response.resetBuffer();
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limits.payload(path));
        }
    }

    /** The path within the application, as the servlet mappings see it. */
    static String path(HttpServletRequest request) {
        String servlet = request.getServletPath() == null ? "" : request.getServletPath();
        String info = request.getPathInfo();
        return info == null ? servlet : servlet + info;
    }

    /** A size as the refusals name it: megabytes, rounded, at least 1. */
    static long megabytes(long bytes) {
        return Math.max(1, (bytes + MEGABYTE / 2) / MEGABYTE);
    }

    private static boolean api(String path) {
        return path.startsWith("/api/");
    }

    private static Pattern compile(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** The refusal: 413 (too large) or 411 (no length), in the caller's language, and the connection closed. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, long payload) throws IOException {
        Locale locale = Messages.ofAcceptLanguage(request.getHeader("Accept-Language"));
        String megabytes = String.valueOf(megabytes(payload));
        String message = status == HttpServletResponse.SC_LENGTH_REQUIRED
                ? Messages.get(locale, "socle.body.lengthRequired")
                : Messages.get(locale, "socle.body.tooLarge", megabytes);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api(path(request))) {
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder().add("status", status)
                    .add("error", status == HttpServletResponse.SC_LENGTH_REQUIRED ? "Length Required" : "Request Entity Too Large")
                    .add("message", message).build().toString());
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(request.getContextPath(), locale, message));
        }
        response.flushBuffer();
    }

    private static String page(String contextPath, Locale locale, String message) {
        String title = escape(Messages.get(locale, "socle.body.title"));
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + title + " – "
                + escape(Messages.get(locale, "socle.name")) + "</title></head><body><main id=\"content\"><h1>" + title + "</h1>"
                + "<p id=\"error-text\">" + escape(message) + "</p><p><a href=\"" + escape(contextPath) + "/index.xhtml\">"
                + escape(Messages.get(locale, "socle.error.back")) + "</a></p></main></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Thrown by a counted body once past its limit, and on every read after: the reader never sees a clean end. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    /** A request whose body is counted as it is read. */
    static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private final long payload;
        private ServletInputStream stream;
        private boolean exceeded;

        Counted(HttpServletRequest request, long limit, long payload) {
            super(request);
            this.limit = limit;
            this.payload = payload;
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }

        private final class CountingStream extends ServletInputStream {
            private final ServletInputStream in;
            private long count;

            CountingStream(ServletInputStream in) {
                this.in = in;
            }

            private void check() throws TooLarge {
                if (count > limit) {
                    if (!exceeded) {
                        exceeded = true;
                        setAttribute(EXCEEDED, payload);
                    }
                    throw new TooLarge(limit);
                }
            }

            @Override
            public int read() throws IOException {
                check();
                int b = in.read();
                if (b >= 0) {
                    count++;
                    check();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                check();
                int n = in.read(buffer, offset, (int) Math.min(length, limit + 1 - count));
                if (n > 0) {
                    count += n;
                    check();
                }
                return n;
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}

package fr.socle.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place for the headers every answer carries: no sniffing, no framing by other sites, no referrer leaks, a
 * Content-Security-Policy, and over HTTPS (directly, or through a trusted proxy that says so: {@link Clients#secure})
 * HSTS and {@code Secure} cookies.
 * <p>
 * The policy allows scripts from Socle only, and inline scripts only with the page's nonce: PrimeFaces' CSP mode
 * ({@code primefaces.CSP} in web.xml) puts that nonce on its scripts, moves every inline event handler into a nonce'd
 * script, and announces the nonce in a {@code Content-Security-Policy} header, which this filter replaces by the
 * whole policy below with the same nonce. Styles allow {@code 'unsafe-inline'}: PrimeFaces and the pages set
 * {@code style} attributes (chart heights, widget sizes), and inline styles run no code.
 * <p>
 * Mapped in web.xml before every other filter, for requests, forwards and error pages.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    /** The policy of every answer; {@code %s} is the page's nonce source, if it has one. */
    static final String POLICY = "default-src 'self'; script-src 'self'%s; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";
    static final String HSTS = "max-age=31536000";
    /** The request parameter by which PrimeFaces' scripts send a form's nonce back. */
    static final String NONCE_PARAMETER = "primefaces.nonce";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    @Inject
    Clients clients;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean secure = clients.secure(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP, policy(null));
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        Headed headed = new Headed(response, secure);
        chain.doFilter(new FormsWithoutScripts(request), headed);
        headed.secureCookies();
    }

    /** The policy, with the nonce of a page's scripts (none: scripts from Socle only). */
    static String policy(String nonce) {
        return String.format(Locale.ROOT, POLICY, nonce == null ? "" : " 'nonce-" + nonce + "'");
    }

    /** The nonce in a policy that PrimeFaces wrote, or null. */
    static String nonceOf(String policy) {
        Matcher m = NONCE.matcher(policy == null ? "" : policy);
        return m.find() ? m.group(1) : null;
    }

    /**
     * A {@code Set-Cookie} value made {@code Secure} (when the client came over HTTPS) and {@code SameSite=Lax} when it
     * says no other; unchanged otherwise.
     */
    static String hardened(String setCookie, boolean secure) {
        String lower = setCookie.toLowerCase(Locale.ROOT);
        String result = setCookie;
        if (secure && !Pattern.compile(";\\s*secure\\s*(;|$)").matcher(lower).find()) {
            result += "; Secure";
        }
        if (!lower.contains("samesite=")) {
            result += "; SameSite=Lax";
        }
        return result;
    }

    /**
     * A form posted by a browser without scripts has no nonce field (PrimeFaces' script adds it), and PrimeFaces would
     * refuse it as a nonce mismatch: its nonce is then the view's own, kept on the server. A nonce sent and wrong is
     * still refused.
     */
    static final class FormsWithoutScripts extends HttpServletRequestWrapper {

        FormsWithoutScripts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            if (value != null || !NONCE_PARAMETER.equals(name)) {
                return value;
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            UIViewRoot view = faces == null ? null : faces.getViewRoot();
            Map<String, Object> map = view == null ? null : view.getViewMap(false);
            return map == null || !(map.get(NONCE_PARAMETER) instanceof String nonce) ? null : nonce;
        }
    }

    /**
     * The response: the page's policy where PrimeFaces announces its nonce, and its cookies made {@code Secure} over
     * HTTPS, including the session cookie that the container adds itself (before anything is sent).
     */
    static final class Headed extends HttpServletResponseWrapper {
        private final boolean secure;

        Headed(HttpServletResponse response, boolean secure) {
            super(response);
            this.secure = secure;
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(CSP, policy(nonceOf(value)));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(CSP, policy(nonceOf(value)));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (secure) {
                cookie.setSecure(true);
            }
            if (cookie.getAttribute("SameSite") == null) {
                cookie.setAttribute("SameSite", "Lax");
            }
            super.addCookie(cookie);
        }

        /** Rewrites the cookies set so far (the container's session cookie among them) while they can still change. */
        void secureCookies() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
            List<String> hardened = cookies.stream().map(c -> hardened(c, secure)).toList();
            if (!hardened.equals(cookies)) {
                for (int i = 0; i < hardened.size(); i++) {
                    if (i == 0) {
                        response.setHeader("Set-Cookie", hardened.get(i));
                    } else {
                        response.addHeader("Set-Cookie", hardened.get(i));
                    }
                }
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            secureCookies();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            secureCookies();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            secureCookies();
            super.flushBuffer();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            secureCookies();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            secureCookies();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            secureCookies();
            super.sendError(status);
        }
    }
}

package fr.socle.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;

/**
 * Ends the web sessions signed in before a password change. A session keeps the account's credentials
 * generation it signed in under; each page request of a signed-in session compares it with the
 * account's generation in the database (a password change raises it), and a session that is behind,
 * or whose account is gone or deactivated, is signed out and sent to the login page. The session that
 * made the change moves to the new generation (and a new id). Being in the database, this holds on
 * every instance of a cluster. The API does not use sessions (its tokens are revoked instead).
 */
@WebFilter("/*")
public class SessionCredentials extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: the credentials generation the session signed in under. */
    static final String GENERATION = "fr.socle.login.credentialsGeneration";

    @Inject
    transient Accounts accounts;

    /** Called at sign-in, and when the session itself changed the password. */
    static void signedIn(HttpSession session, long generation) {
        session.setAttribute(GENERATION, generation);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (stale(request)) {
            end(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stale(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")) {
            return false;
        }
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal == null || session == null) {
            return false;
        }
        Object seen = session.getAttribute(GENERATION);
        Optional<Long> current = accounts.credentialsGeneration(principal.getName());
        return current.isEmpty() || !current.get().equals(seen);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String login = request.getContextPath() + WebSecurity.LOGIN_PAGE + "?ended=true";
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"/></partial-response>").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.sendRedirect(login);
    }
}

package fr.socle.identity.boundary;

import fr.socle.platform.Caller;
import fr.socle.platform.Messages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /metrics} (MicroProfile Metrics) is not public: platform administrators (signed in, or with an API token of
 * theirs) and the scrape token ({@code SOCLE_METRICS_TOKEN}, sent as {@code Authorization: Bearer}, compared in
 * constant time) read it; anybody else gets 401 (no or unknown credentials) or 403 (another account). Payara Micro
 * serves /metrics inside the application deployed at the root context, as start.sh and the Docker image deploy Socle,
 * so this filter (web.xml maps it to /metrics/*) sees every request to it. {@code /health/*} stays public.
 */
public class MetricsGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MetricsGate.class.getName());
    /** Below this length a scrape token is refused (it would be guessable): /metrics is then for administrators only. */
    static final int MIN_TOKEN = 16;

    /** Who may read the metrics. */
    enum Access { ALLOWED, UNAUTHENTICATED, FORBIDDEN }

    @Inject
    @ConfigProperty(name = "socle.metrics.token")
    Optional<String> configuredToken;

    @Inject
    Tokens tokens;

    @Inject
    Accounts accounts;

    private byte[] scrapeDigest;

    @Override
    public void init() {
        String token = configuredToken.map(String::strip).orElse("");
        if (token.length() >= MIN_TOKEN) {
            scrapeDigest = digest(token);
        } else if (!token.isEmpty()) {
            LOG.warning("SOCLE_METRICS_TOKEN is shorter than " + MIN_TOKEN + " characters: refused, /metrics is for platform administrators only");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Access access = access(request.getHeader("Authorization"), request.getUserPrincipal());
        if (access == Access.ALLOWED) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = Messages.ofAcceptLanguage(request.getHeader("Accept-Language"));
        int status = access == Access.UNAUTHENTICATED ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN;
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Socle metrics\"");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("status", status)
                .add("error", status == HttpServletResponse.SC_UNAUTHORIZED ? "Unauthorized" : "Forbidden")
                .add("message", Messages.get(locale, status == HttpServletResponse.SC_UNAUTHORIZED ? "socle.metrics.required" : "socle.metrics.forbidden"))
                .build().toString());
    }

    /** The scrape token, a platform administrator's API token, or a signed-in platform administrator. */
    Access access(String authorization, Principal signedIn) {
        if (authorization != null && !authorization.isBlank()) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Access.UNAUTHENTICATED;
            }
            String presented = authorization.substring(7).strip();
            if (matchesScrapeToken(presented, scrapeDigest)) {
                return Access.ALLOWED;
            }
            Optional<Caller> caller;
            try {
                caller = tokens.accountOf(presented).flatMap(accounts::callerById);
            } catch (RuntimeException malformed) {
                caller = Optional.empty();
            }
            return caller.map(c -> c.platformAdmin() ? Access.ALLOWED : Access.FORBIDDEN).orElse(Access.UNAUTHENTICATED);
        }
        if (signedIn == null) {
            return Access.UNAUTHENTICATED;
        }
        return accounts.callerByEmail(signedIn.getName()).map(c -> c.platformAdmin() ? Access.ALLOWED : Access.FORBIDDEN)
                .orElse(Access.UNAUTHENTICATED);
    }

    /** Whether a presented token is the scrape token: digests compared in constant time, whatever their lengths. */
    static boolean matchesScrapeToken(String presented, byte[] scrapeDigest) {
        return scrapeDigest != null && presented != null && MessageDigest.isEqual(digest(presented), scrapeDigest);
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.socle.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client of an HTTP request, read once per request in one way for every feature (sign-in throttle,
 * verification rate limit, attendance evidence, secure cookies): see {@link ClientAddress}. The trusted
 * proxies come from {@code SOCLE_TRUSTED_PROXIES} (addresses or CIDR blocks, comma-separated; none by default).
 */
@ApplicationScoped
public class Clients {

    @Inject
    @ConfigProperty(name = "socle.trusted.proxies", defaultValue = " ")
    String trustedProxies;

    private ClientAddress rules;

    @PostConstruct
    void init() {
        rules = new ClientAddress(trustedProxies);
    }

    /** The client's address (the peer, or what a trusted proxy forwarded). */
    public String address(HttpServletRequest request) {
        return rules.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** The key a client is counted under by rate limits: its IPv4 address or its IPv6 /64. */
    public String key(HttpServletRequest request) {
        return ClientAddress.key(address(request));
    }

    /** Whether the client reached Socle over HTTPS (itself, or through a trusted proxy that says so). */
    public boolean secure(HttpServletRequest request) {
        return rules.secure(request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-Proto"));
    }
}

package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Content-Security-Policy and the cookie attributes, as written. */
class SecurityHeadersTest {

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip)
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
    }

    @Test
    void scriptsComeFromSocleOnlyAndInlineOnesNeedThePagesNonce() {
        Map<String, String> page = directives(SecurityHeaders.policy("YTQyM2ZiNTktNjFhZS00ZjI1"));
        assertEquals("'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1'", page.get("script-src"));
        Map<String, String> other = directives(SecurityHeaders.policy(null));
        assertEquals("'self'", other.get("script-src"));
        for (Map<String, String> policy : java.util.List.of(page, other)) {
            assertFalse(policy.get("script-src").contains("unsafe"), "no unsafe-inline nor unsafe-eval for scripts");
            assertEquals("'self'", policy.get("default-src"));
            assertEquals("'none'", policy.get("object-src"));
            assertEquals("'self'", policy.get("base-uri"));
            assertEquals("'self'", policy.get("frame-ancestors"));
            assertEquals("'self'", policy.get("form-action"));
        }
    }

    @Test
    void theNonceIsReadFromWhatPrimeFacesAnnounces() {
        assertEquals("YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1",
                SecurityHeaders.nonceOf("script-src 'self' 'nonce-YTQyM2ZiNTktNjFhZS00ZjI1LWEzMWItZGYzOTE0ZWQ1NDU1'"));
        assertNull(SecurityHeaders.nonceOf("script-src 'self'"));
        assertNull(SecurityHeaders.nonceOf("script-src 'self' 'nonce-<script>'"), "nothing but a base64 nonce goes into the policy");
        assertNull(SecurityHeaders.nonceOf(null));
    }

    @Test
    void cookiesAreSecureOverHttpsAndSameSiteAlways() {
        assertEquals("JSESSIONID=abc; Path=/; HttpOnly; Secure; SameSite=Lax",
                SecurityHeaders.hardened("JSESSIONID=abc; Path=/; HttpOnly", true));
        assertEquals("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax", SecurityHeaders.hardened("JSESSIONID=abc; Path=/; HttpOnly", false));
        assertEquals("JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Strict",
                SecurityHeaders.hardened("JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Strict", true), "unchanged when already so");
        assertTrue(SecurityHeaders.hardened("securename=1; Path=/", true).endsWith("; Secure; SameSite=Lax"),
                "a cookie named like the attribute is no attribute");
    }

    /** Runs the filter on a request, with a chain that writes what PrimeFaces and the container write. */
    private static Map<String, java.util.List<String>> filtered(boolean secure) throws Exception {
        Map<String, java.util.List<String>> headers = new java.util.LinkedHashMap<>();
        jakarta.servlet.http.HttpServletResponse response = (jakarta.servlet.http.HttpServletResponse) java.lang.reflect.Proxy.newProxyInstance(
                getLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> headers.put((String) args[0], new java.util.ArrayList<>(java.util.List.of((String) args[1])));
                    case "addHeader" -> headers.computeIfAbsent((String) args[0], k -> new java.util.ArrayList<>()).add((String) args[1]);
                    case "getHeaders" -> new java.util.ArrayList<>(headers.getOrDefault((String) args[0], java.util.List.of()));
                    case "isCommitted" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                getLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        SecurityHeaders filter = new SecurityHeaders();
        filter.clients = new Clients() {
            @Override
            public boolean secure(jakarta.servlet.http.HttpServletRequest r) {
                return secure;
            }
        };
        filter.doFilter(request, response, (req, res) -> {
            // PrimeFaces announces the page's nonce; the container adds the session cookie to the response itself
            ((jakarta.servlet.http.HttpServletResponse) res).addHeader("Content-Security-Policy", "script-src 'self' 'nonce-QUJDRA=='");
            response.addHeader("Set-Cookie", "JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax");
        });
        return headers;
    }

    private static ClassLoader getLoader() {
        return SecurityHeadersTest.class.getClassLoader();
    }

    @Test
    void overHttpsHstsAndSecureCookiesIncludingTheContainersSessionCookie() throws Exception {
        Map<String, java.util.List<String>> https = filtered(true);
        assertEquals(java.util.List.of(SecurityHeaders.HSTS), https.get("Strict-Transport-Security"));
        assertEquals(java.util.List.of("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure"), https.get("Set-Cookie"));
        assertEquals(java.util.List.of(SecurityHeaders.policy("QUJDRA==")), https.get("Content-Security-Policy"), "one policy, with the page's nonce");

        Map<String, java.util.List<String>> http = filtered(false);
        assertNull(http.get("Strict-Transport-Security"));
        assertEquals(java.util.List.of("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax"), http.get("Set-Cookie"));
        assertEquals(java.util.List.of("SAMEORIGIN"), http.get("X-Frame-Options"));
    }
}

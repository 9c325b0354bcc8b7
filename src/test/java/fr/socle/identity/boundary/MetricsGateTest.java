package fr.socle.identity.boundary;

import fr.socle.platform.Caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who reads /metrics: the decision, without a container. */
class MetricsGateTest {

    private static final String SCRAPE = "a-scrape-token-of-32-characters!";

    private static Caller caller(String id, boolean platformAdmin) {
        return new Caller(id, id + "@example.org", id, platformAdmin, Map.of(), Set.of());
    }

    private static MetricsGate gate(Optional<String> scrapeToken) {
        MetricsGate gate = new MetricsGate();
        gate.configuredToken = scrapeToken;
        gate.tokens = new Tokens() {
            @Override
            public Optional<String> accountOf(String token) {
                return switch (token) {
                    case "sk_admin" -> Optional.of("admin");
                    case "sk_learner" -> Optional.of("learner");
                    default -> Optional.empty();
                };
            }
        };
        gate.accounts = new Accounts() {
            @Override
            public Optional<Caller> callerById(String id) {
                return Optional.of(caller(id, "admin".equals(id)));
            }

            @Override
            public Optional<Caller> callerByEmail(String email) {
                return Optional.of(caller(email.substring(0, email.indexOf('@')), email.startsWith("admin@")));
            }
        };
        gate.init();
        return gate;
    }

    @Test
    void platformAdministratorsByTokenOrSessionAndTheScrapeToken() {
        MetricsGate gate = gate(Optional.of(SCRAPE));
        assertEquals(MetricsGate.Access.ALLOWED, gate.access("Bearer " + SCRAPE, null));
        assertEquals(MetricsGate.Access.ALLOWED, gate.access("bearer sk_admin", null));
        assertEquals(MetricsGate.Access.ALLOWED, gate.access(null, () -> "admin@example.org"));
        assertEquals(MetricsGate.Access.FORBIDDEN, gate.access("Bearer sk_learner", null));
        assertEquals(MetricsGate.Access.FORBIDDEN, gate.access(null, () -> "learner@example.org"));
        assertEquals(MetricsGate.Access.UNAUTHENTICATED, gate.access(null, null));
        assertEquals(MetricsGate.Access.UNAUTHENTICATED, gate.access("Bearer sk_unknown", null));
        assertEquals(MetricsGate.Access.UNAUTHENTICATED, gate.access("Bearer " + SCRAPE.substring(1), null));
        assertEquals(MetricsGate.Access.UNAUTHENTICATED, gate.access("Basic YWRtaW46eA==", () -> "admin@example.org"),
                "credentials other than a bearer are refused, not ignored");
    }

    @Test
    void aShortOrMissingScrapeTokenOpensNothing() {
        assertEquals(MetricsGate.Access.UNAUTHENTICATED, gate(Optional.of("short")).access("Bearer short", null));
        assertEquals(MetricsGate.Access.UNAUTHENTICATED, gate(Optional.empty()).access("Bearer ", null));
        assertFalse(MetricsGate.matchesScrapeToken("", null));
        assertTrue(MetricsGate.matchesScrapeToken(SCRAPE, MetricsGate.digest(SCRAPE)));
    }
}

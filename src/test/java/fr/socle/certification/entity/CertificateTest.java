package fr.socle.certification.entity;

import fr.socle.certification.boundary.DocumentKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final Instant ISSUED = Instant.parse("2026-06-30T08:00:00Z");

    private static Certificate certificate(int generation, LocalDate expiresOn) {
        Certificate c = new Certificate(null, "CRT-ABCDEFGH", DocumentKind.CERTIFICAT, "enrolment-1", generation, "learner", "Sam Médiateur",
                "org", "org", "CMN", "Cursus Médiation numérique", 16_800, 5, ISSUED, "socle", expiresOn, "list", 42);
        c.seal("{}", "0".repeat(64), "jwt");
        return c;
    }

    @Test
    void validUntilItsExpiryDayThenExpired() {
        Certificate c = certificate(1, LocalDate.of(2027, 6, 30));
        assertEquals(Certificate.Status.VALID, c.status(LocalDate.of(2027, 6, 30)));
        assertEquals(Certificate.Status.EXPIRED, c.status(LocalDate.of(2027, 7, 1)));
        assertEquals(Certificate.Status.VALID, certificate(1, null).status(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void revocationWinsAndKeepsWhoWhenWhy() {
        Certificate c = certificate(1, LocalDate.of(2027, 1, 1));
        c.revoke(ISSUED.plusSeconds(60), "admin@of", "Fraude à l’examen");
        assertEquals(Certificate.Status.REVOKED, c.status(LocalDate.of(2028, 1, 1)));
        assertEquals("admin@of", c.getRevokedBy());
        assertEquals("Fraude à l’examen", c.getRevocationReason());
        assertThrows(IllegalStateException.class, () -> c.revoke(ISSUED, "x", "again"));
    }

    @Test
    void aRevocationNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> certificate(1, null).revoke(ISSUED, "a", " "));
        assertThrows(IllegalArgumentException.class, () -> certificate(1, null).revoke(ISSUED, "a", "x".repeat(1001)));
    }

    @Test
    void aReissueSupersedesAndKeepsTheLineage() {
        Certificate first = certificate(1, null);
        Certificate second = certificate(2, null);
        first.supersededBy(second, "Changement de nom");
        assertEquals(Certificate.Status.SUPERSEDED, first.status(LocalDate.now()));
        assertEquals(Certificate.Status.VALID, second.status(LocalDate.now()));
        assertEquals(first.getId(), second.getSupersedesId());
        assertEquals(second.getId(), first.getSupersededById());
        assertThrows(IllegalStateException.class, () -> first.supersededBy(certificate(2, null), "again"));
    }

    @Test
    void onlyTheNextGenerationOfTheSameAchievementSupersedes() {
        assertThrows(IllegalArgumentException.class, () -> certificate(1, null).supersededBy(certificate(3, null), "saut"));
        Certificate revoked = certificate(1, null);
        revoked.revoke(ISSUED, "a", "erreur");
        assertThrows(IllegalStateException.class, () -> revoked.supersededBy(certificate(2, null), "après révocation"));
    }

    @Test
    void itsContentIsSetOnce() {
        assertThrows(IllegalStateException.class, () -> certificate(1, null).seal("{}", "1".repeat(64), "other"));
    }
}

package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00.123456Z");

    private static List<HashChain.Link> chain(int n) {
        List<HashChain.Link> links = new ArrayList<>();
        String prev = HashChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Instant at = T0.plusSeconds(i);
            String hash = HashChain.hash(i, at, "ISSUED", "cert-" + i, "CRT-ABCDEFG" + (i % 10 == 0 ? "H" : "J"), "socle", "CERTIFICAT", prev);
            links.add(new HashChain.Link(i, at, "ISSUED", "cert-" + i, "CRT-ABCDEFG" + (i % 10 == 0 ? "H" : "J"), "socle", "CERTIFICAT", prev, hash));
            prev = hash;
        }
        return links;
    }

    private static Optional<HashChain.Break> firstBreak(List<HashChain.Link> links) {
        HashChain.Link previous = null;
        for (HashChain.Link link : links) {
            var broken = HashChain.check(previous, link);
            if (broken.isPresent()) {
                return broken;
            }
            previous = link;
        }
        return Optional.empty();
    }

    @Test
    void anUntouchedChainHolds() {
        assertTrue(firstBreak(chain(50)).isEmpty());
    }

    @Test
    void theHashCoversEveryField() {
        String base = HashChain.hash(1, T0, "ISSUED", "c", "CRT-AAAAAAAA", "a", "d", HashChain.GENESIS);
        assertNotEquals(base, HashChain.hash(2, T0, "ISSUED", "c", "CRT-AAAAAAAA", "a", "d", HashChain.GENESIS));
        assertNotEquals(base, HashChain.hash(1, T0.plusNanos(1000), "ISSUED", "c", "CRT-AAAAAAAA", "a", "d", HashChain.GENESIS));
        assertNotEquals(base, HashChain.hash(1, T0, "REVOKED", "c", "CRT-AAAAAAAA", "a", "d", HashChain.GENESIS));
        assertNotEquals(base, HashChain.hash(1, T0, "ISSUED", "c", "CRT-AAAAAAAB", "a", "d", HashChain.GENESIS));
        assertNotEquals(base, HashChain.hash(1, T0, "ISSUED", "c", "CRT-AAAAAAAA", "b", "d", HashChain.GENESIS));
        assertNotEquals(base, HashChain.hash(1, T0, "ISSUED", "c", "CRT-AAAAAAAA", "a", null, HashChain.GENESIS));
        // fields are delimited: moving a character from one field to the next changes the hash
        assertNotEquals(HashChain.hash(1, T0, "ISSUED", "ab", "c", "x", "y", HashChain.GENESIS),
                HashChain.hash(1, T0, "ISSUED", "a", "bc", "x", "y", HashChain.GENESIS));
    }

    @Test
    void anAlteredEntryIsTheFirstBrokenLink() {
        var links = chain(20);
        var l = links.get(11);
        links.set(11, new HashChain.Link(l.seq(), l.at(), "REVOKED", l.certificateId(), l.code(), l.actor(), l.detail(), l.prevHash(), l.hash()));
        var broken = firstBreak(links).orElseThrow();
        assertEquals(12, broken.seq());
        assertEquals("entry was altered", broken.reason());
    }

    @Test
    void aRehashedEntryBreaksTheNextLink() {
        var links = chain(20);
        var l = links.get(4);
        String forged = HashChain.hash(l.seq(), l.at(), "REVOKED", l.certificateId(), l.code(), l.actor(), l.detail(), l.prevHash());
        links.set(4, new HashChain.Link(l.seq(), l.at(), "REVOKED", l.certificateId(), l.code(), l.actor(), l.detail(), l.prevHash(), forged));
        assertEquals(6, firstBreak(links).orElseThrow().seq());
    }

    @Test
    void aRemovedEntryIsReported() {
        var links = chain(10);
        links.remove(3);
        var broken = firstBreak(links).orElseThrow();
        assertEquals(5, broken.seq());
        assertTrue(broken.reason().contains("4"));
    }
}

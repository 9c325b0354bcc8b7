package fr.socle.certification.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The certification log's chain: each entry's hash is the SHA-256 of its own fields and the previous
 * entry's hash, so that changing, removing or inserting an entry breaks every link after it.
 */
public final class HashChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** What an entry states; its hash is computed from exactly these fields. */
    public record Link(long seq, Instant at, String action, String certificateId, String code, String actor, String detail,
                       String prevHash, String hash) {
    }

    /** A link that does not hold, and why. */
    public record Break(long seq, String reason) {
    }

    public static String hash(long seq, Instant at, String action, String certificateId, String code, String actor, String detail,
                              String prevHash) {
        // Fields are length-prefixed so that no two different entries serialise alike.
        StringBuilder s = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), at.toString(), action, certificateId, code, actor,
                detail == null ? "" : detail, prevHash}) {
            s.append(field.length()).append(':').append(field).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks entries in order, continuing from {@code previous} (the last link checked, or null at the
     * start): the first link whose sequence, previous hash or own hash does not hold.
     */
    public static Optional<Break> check(Link previous, Link link) {
        long expectedSeq = previous == null ? 1 : previous.seq() + 1;
        String expectedPrev = previous == null ? GENESIS : previous.hash();
        if (link.seq() != expectedSeq) {
            return Optional.of(new Break(link.seq(), "entry " + expectedSeq + " is missing"));
        }
        if (!link.prevHash().equals(expectedPrev)) {
            return Optional.of(new Break(link.seq(), "previous hash does not match entry " + (link.seq() - 1)));
        }
        String recomputed = hash(link.seq(), link.at(), link.action(), link.certificateId(), link.code(), link.actor(), link.detail(),
                link.prevHash());
        if (!recomputed.equals(link.hash())) {
            return Optional.of(new Break(link.seq(), "entry was altered"));
        }
        return Optional.empty();
    }
}

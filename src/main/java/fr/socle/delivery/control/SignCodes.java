package fr.socle.delivery.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The short-lived codes the trainer's QR code carries for a half-day in the room: an HMAC-SHA256 of
 * the session, the half-day and the current time step, under a server key. A code is accepted during
 * its own step and the next one only, so a photo of the screen is worth a minute or two, and a code
 * of one half-day signs no other. Eight characters of Crockford's base32 (40 bits), grouped by four
 * for a person who types it.
 */
public final class SignCodes {

    /** Crockford's base32: no I, L, O or U, so that what is read aloud or typed is not misread. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 8;

    private final SecretKeySpec key;
    private final long stepSeconds;

    /**
     * @param key         at least 16 bytes (the configured secret, or the random key every instance reads from the database)
     * @param stepSeconds how long a code is shown before the next one (it is accepted for twice that at most)
     */
    public SignCodes(byte[] key, long stepSeconds) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("an attendance key of 16 bytes at least");
        }
        if (stepSeconds < 1) {
            throw new IllegalArgumentException("a step of one second at least");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.stepSeconds = stepSeconds;
    }

    public Duration step() {
        return Duration.ofSeconds(stepSeconds);
    }

    /** The code shown at this moment for this half-day of this session. */
    public String code(String sessionId, String halfDayId, Instant now) {
        return code(sessionId, halfDayId, stepOf(now));
    }

    /** Until when the code shown now is accepted: the end of the step after this one. */
    public Instant validUntil(Instant now) {
        return Instant.ofEpochSecond((stepOf(now) + 2) * stepSeconds);
    }

    /**
     * Whether a code presented now is this half-day's, of the current step or the previous one. Case,
     * spaces and hyphens do not matter, nor O for 0 or I and L for 1; anything else is refused.
     */
    public boolean accepts(String sessionId, String halfDayId, String presented, Instant now) {
        String typed = normalised(presented);
        if (typed == null || sessionId == null || halfDayId == null) {
            return false;
        }
        long step = stepOf(now);
        byte[] given = typed.getBytes(StandardCharsets.US_ASCII);
        boolean ok = false;
        for (long s = step - 1; s <= step; s++) {
            ok |= MessageDigest.isEqual(given, code(sessionId, halfDayId, s).getBytes(StandardCharsets.US_ASCII));
        }
        return ok;
    }

    /** A code as a person reads it: ABCD-EFGH. */
    public static String grouped(String code) {
        return code == null || code.length() != LENGTH ? code : code.substring(0, 4) + "-" + code.substring(4);
    }

    /** A presented code in its canonical form, or null when it cannot be one. */
    static String normalised(String presented) {
        if (presented == null || presented.length() > 4 * LENGTH) {
            return null;
        }
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : presented.toCharArray()) {
            char u = Character.toUpperCase(c);
            if (u == ' ' || u == '-') {
                continue;
            }
            u = u == 'O' ? '0' : u == 'I' || u == 'L' ? '1' : u;
            if (ALPHABET.indexOf(u) < 0) {
                return null;
            }
            out.append(u);
        }
        return out.length() == LENGTH ? out.toString() : null;
    }

    private long stepOf(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), stepSeconds);
    }

    private String code(String sessionId, String halfDayId, long step) {
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            mac = hmac.doFinal(("socle-attendance|" + sessionId + "|" + halfDayId + "|" + step).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = bits << 8 | (mac[i] & 0xff);
        }
        char[] out = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(out);
    }
}

package fr.socle.certification.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Verification codes of issued documents: a prefix, a dash and 8 characters drawn at random (a
 * cryptographic generator, never a sequence) from an alphabet without the ambiguous I, L, O, 0 and 1.
 * 31 symbols to the power 8 is about 8.5 × 10¹¹ codes: unguessable behind the verification rate limit.
 * Uniqueness is the store's to enforce (a unique key, a new draw on collision).
 */
public final class VerificationCodes {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,6}-[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    /** A new code with this prefix (2 to 6 capital letters), e.g. {@code SOC-7KX3M9QA}. */
    public static String generate(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a prefix is 2 to 6 capital letters");
        }
        StringBuilder code = new StringBuilder(prefix).append('-');
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as a person types or reads it (spaces, lower case, with or without the dash), in its canonical form. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        int split = compact.length() - LENGTH;
        return split < 2 ? compact : compact.substring(0, split) + "-" + compact.substring(split);
    }

    /** Whether a (normalised) code has the form of one Socle issues; anything else is unknown without a look-up. */
    public static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}

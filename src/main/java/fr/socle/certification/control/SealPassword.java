package fr.socle.certification.control;

import java.util.Optional;

/**
 * The start-up rule for the password that protects the seal keys (the local certification authority and the
 * organisations' seals Socle stores in the database, and the configured keystore): decided once, before the
 * application serves anything.
 * <ul>
 *   <li>{@code SOCLE_SEAL_PASSWORD} set: it is used, in every mode.</li>
 *   <li>Not set, demo mode ({@code SOCLE_DEMO=true}) and no keystore: Socle generates a password once and keeps
 *       it in the database beside the keys ({@link #generated()}): a demo instance's keys are as safe as its
 *       database, no more, which is what a demo is for.</li>
 *   <li>Not set outside demo mode, or set to the development default that earlier versions used and published:
 *       Socle refuses to start ({@link Refused}), saying what to set.</li>
 * </ul>
 *
 * @param value the password, or null when it is to be generated (and then read back) from the database
 */
public record SealPassword(String value) {

    /** The development default of earlier versions, published in their sources: never a password now. */
    public static final String PUBLISHED = "socle-dev-only";
    /** Below this length a configured password is accepted but the log advises a longer one. */
    public static final int ADVISED_LENGTH = 12;

    /** Why Socle does not start: the message says what to set. */
    public static final class Refused extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    public boolean isGenerated() {
        return value == null;
    }

    public static SealPassword generated() {
        return new SealPassword(null);
    }

    /**
     * The password to use, given the mode, {@code socle.seal.password} and whether a keystore is configured.
     *
     * @throws Refused outside demo mode without a password of the operator's own (and in any mode with a keystore but no password)
     */
    public static SealPassword decide(boolean demo, Optional<String> configured, boolean keystore) {
        String password = configured.filter(p -> !p.isBlank()).orElse(null);
        if (password != null && (demo || !PUBLISHED.equals(password))) {
            return new SealPassword(password);
        }
        if (password != null) {
            throw new Refused("SOCLE_SEAL_PASSWORD is the development password that earlier versions of Socle published: "
                    + "choose a secret of your own (" + ADVISED_LENGTH + " characters at least) and start Socle again. " + KEEP);
        }
        if (keystore) {
            throw new Refused("SOCLE_SEAL_KEYSTORE is set but SOCLE_SEAL_PASSWORD is not: set SOCLE_SEAL_PASSWORD to the keystore's "
                    + "password (it also protects the seals Socle makes for organisations the keystore does not cover) and start Socle again.");
        }
        if (demo) {
            return generated();
        }
        throw new Refused("SOCLE_SEAL_PASSWORD is not set: outside demo mode the seal keys of the organisations' certificates "
                + "(and Socle's local certification authority) must be protected by a secret of your own. Set SOCLE_SEAL_PASSWORD "
                + "(" + ADVISED_LENGTH + " characters at least; with SOCLE_SEAL_KEYSTORE, that keystore's password) and start Socle again. "
                + KEEP);
    }

    private static final String KEEP = "Keep it with the database backups: without it the seal keys stored so far cannot be read.";

    @Override
    public String toString() {
        return isGenerated() ? "SealPassword[generated]" : "SealPassword[configured]";
    }
}

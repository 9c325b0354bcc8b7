package fr.socle.certification.control;

import java.time.Instant;

/**
 * What checking a sealed PDF found.
 *
 * @param signed          the PDF is readable and carries a signature whose CMS could be read
 * @param intact          the CMS signature verifies over the signed bytes (nothing was changed)
 * @param coversWholeFile the signed bytes are the whole file except the signature itself (nothing added after)
 * @param trusted         the signer's certificate chains, at the signing time, to one of the trust anchors
 * @param signer          the common name of the signer's certificate, or null
 * @param signedAt        the signing time the PDF claims ({@code /M}), or null
 * @param problem         what went wrong, in a few words for logs and support; null when nothing did
 */
public record SealCheck(boolean signed, boolean intact, boolean coversWholeFile, boolean trusted, String signer,
                        Instant signedAt, String problem) {

    /** Signed, intact, covering the whole file and trusted. */
    public boolean valid() {
        return signed && intact && coversWholeFile && trusted;
    }

    static SealCheck unsigned(String problem) {
        return new SealCheck(false, false, false, false, null, null, problem);
    }
}

package fr.socle.certification.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Bitstring Status Lists (W3C): the revocation bits of an issuer's documents, as the
 * {@code encodedList} of a {@code BitstringStatusListCredential}. The encoding is {@code "u"} (multibase
 * base64url) followed by the base64url, without padding, of the GZIP of the bitstring, where bit 0 is the
 * most significant bit of byte 0. A list holds at least {@link #SIZE} bits (16 KiB) so that a set bit
 * says little about who it is: indexes are drawn at random, never in issue order.
 */
public final class StatusLists {

    /** The minimum (and default) number of entries of a list: 131,072 bits, 16 KiB. */
    public static final int SIZE = 131_072;
    /** The largest list this class decodes (64 MiB of bits, i.e. 8 MiB): a bound against a GZIP bomb. */
    static final int MAX_SIZE = 1 << 26;

    private StatusLists() {
    }

    /**
     * The {@code encodedList} of a list of {@code size} entries whose set bits are {@code revoked}.
     *
     * @throws IllegalArgumentException if the size is under {@link #SIZE}, not a whole number of bytes, or a bit
     *                                  lies beyond it
     */
    public static String encode(BitSet revoked, int size) {
        checkSize(size);
        if (revoked.length() > size) {
            throw new IllegalArgumentException("bit " + (revoked.length() - 1) + " lies beyond a list of " + size);
        }
        byte[] bits = new byte[size / 8];
        for (int i = revoked.nextSetBit(0); i >= 0; i = revoked.nextSetBit(i + 1)) {
            bits[i >>> 3] |= (byte) (0x80 >>> (i & 7));
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
    }

    /**
     * The set bits of an {@code encodedList}.
     *
     * @throws IllegalArgumentException if it is not {@code "u"} + base64url of GZIP data, or holds fewer than
     *                                  {@link #SIZE} bits
     */
    public static BitSet decode(String encodedList) {
        return BitSet.valueOf(reverseBitsInEachByte(bytes(encodedList)));
    }

    /** The number of entries of an {@code encodedList} (its uncompressed length in bits). */
    public static int size(String encodedList) {
        return bytes(encodedList).length * 8;
    }

    /**
     * An index of a list of {@code size} entries that is not in {@code used}, drawn uniformly at random, so
     * that the position of a document tells nothing about when it was issued.
     *
     * @throws IllegalStateException if every index is used: the caller opens a new list
     */
    public static int randomFreeIndex(Set<Integer> used, int size, Random random) {
        if (size <= 0) {
            throw new IllegalArgumentException("a list has entries");
        }
        int taken = (int) used.stream().filter(i -> i != null && i >= 0 && i < size).count();
        int free = size - taken;
        if (free <= 0) {
            throw new IllegalStateException("the status list is full (" + size + " entries)");
        }
        if (free >= size / 2) {
            // Mostly free: draw until the index is free (fewer than two draws on average).
            while (true) {
                int index = random.nextInt(size);
                if (!used.contains(index)) {
                    return index;
                }
            }
        }
        // Mostly used: the n-th free index, n uniform among the free ones.
        int n = random.nextInt(free);
        for (int index = 0; index < size; index++) {
            if (!used.contains(index) && n-- == 0) {
                return index;
            }
        }
        throw new IllegalStateException("unreachable: " + free + " free entries counted");
    }

    private static byte[] bytes(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("an encodedList starts with u (multibase base64url)");
        }
        byte[] zipped;
        try {
            zipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an encodedList is base64url: " + e.getMessage(), e);
        }
        ByteArrayOutputStream bits = new ByteArrayOutputStream(SIZE / 8);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bits.write(buffer, 0, n);
                if (bits.size() > MAX_SIZE / 8) {
                    throw new IllegalArgumentException("an encodedList of more than " + MAX_SIZE + " bits");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("an encodedList is GZIP data: " + e.getMessage(), e);
        }
        if (bits.size() < SIZE / 8) {
            throw new IllegalArgumentException("a status list holds at least " + SIZE + " bits, this one "
                    + bits.size() * 8);
        }
        return bits.toByteArray();
    }

    /** BitSet counts bit 0 as the least significant of byte 0; the list counts it as the most significant. */
    private static byte[] reverseBitsInEachByte(byte[] bytes) {
        byte[] reversed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reversed[i] = (byte) (Integer.reverse(bytes[i] & 0xFF) >>> 24);
        }
        return reversed;
    }

    private static void checkSize(int size) {
        if (size < SIZE) {
            throw new IllegalArgumentException("a status list holds at least " + SIZE + " bits (16 KiB), not " + size);
        }
        if (size % 8 != 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a status list is a whole number of bytes, at most " + MAX_SIZE
                    + " bits: " + size);
        }
    }
}

package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class StatusListsTest {

    @Test
    void bitZeroIsTheMostSignificantBitOfByteZero() throws IOException {
        BitSet revoked = new BitSet();
        revoked.set(0);
        revoked.set(7);
        revoked.set(8);
        revoked.set(131_071);

        String encoded = StatusLists.encode(revoked, StatusLists.SIZE);

        assertTrue(encoded.startsWith("u"), encoded);
        assertFalse(encoded.contains("=") || encoded.contains("+") || encoded.contains("/"), "base64url, no padding");
        byte[] bytes = gunzip(Base64.getUrlDecoder().decode(encoded.substring(1)));
        assertEquals(16_384, bytes.length, "131,072 bits");
        assertEquals((byte) 0x81, bytes[0], "bits 0 and 7");
        assertEquals((byte) 0x80, bytes[1], "bit 8");
        assertEquals((byte) 0x01, bytes[16_383], "bit 131,071");
        for (int i = 2; i < 16_383; i++) {
            assertEquals(0, bytes[i], "byte " + i);
        }
        assertEquals(revoked, StatusLists.decode(encoded));
    }

    @Test
    void theSpecificationsExampleIsAnEmptyListOf16KiB() {
        // The encodedList of the W3C Bitstring Status List example: 131,072 bits, none set.
        String example = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

        assertTrue(StatusLists.decode(example).isEmpty());
        assertEquals(StatusLists.SIZE, StatusLists.size(example));
    }

    @Test
    void aListWrittenByAnotherEncoderDecodes() throws IOException {
        byte[] bits = new byte[StatusLists.SIZE / 8];
        bits[0] = 0x40;  // bit 1
        bits[100] = 0x09; // bits 804 and 807
        String encoded = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits));

        BitSet decoded = StatusLists.decode(encoded);

        assertEquals(Set.of(1, 804, 807), decoded.stream().boxed().collect(Collectors.toSet()));
    }

    @Test
    void randomBitsSurviveTheRoundTrip() {
        Random random = new Random(42);
        int size = 2 * StatusLists.SIZE;
        BitSet revoked = new BitSet();
        for (int i = 0; i < 5_000; i++) {
            revoked.set(random.nextInt(size));
        }

        String encoded = StatusLists.encode(revoked, size);

        assertEquals(revoked, StatusLists.decode(encoded));
        assertEquals(size, StatusLists.size(encoded));
    }

    @Test
    void aListHoldsAtLeast16KiB() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> StatusLists.encode(new BitSet(), 1_024));
        assertThrows(IllegalArgumentException.class, () -> StatusLists.encode(new BitSet(), StatusLists.SIZE - 8));
        assertThrows(IllegalArgumentException.class, () -> StatusLists.encode(new BitSet(), StatusLists.SIZE + 3),
                "whole bytes");
        BitSet beyond = new BitSet();
        beyond.set(StatusLists.SIZE);
        assertThrows(IllegalArgumentException.class, () -> StatusLists.encode(beyond, StatusLists.SIZE));

        String small = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(new byte[1_024]));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> StatusLists.decode(small));
        assertTrue(refused.getMessage().contains("131072"), refused.getMessage());
    }

    @Test
    void malformedListsAreRefused() {
        String plain = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[StatusLists.SIZE / 8]);
        assertThrows(IllegalArgumentException.class, () -> StatusLists.decode("u" + plain), "not GZIP");
        assertThrows(IllegalArgumentException.class, () -> StatusLists.decode("z" + plain), "not base64url multibase");
        assertThrows(IllegalArgumentException.class, () -> StatusLists.decode("u***"));
        assertThrows(IllegalArgumentException.class, () -> StatusLists.decode(null));
    }

    @Test
    void freeIndexesAreDrawnAtRandomAndNeverReused() {
        Random random = new Random(7);
        Set<Integer> used = new HashSet<>();
        int previous = -1;
        int increasing = 0;
        for (int i = 0; i < 1_000; i++) {
            int index = StatusLists.randomFreeIndex(used, StatusLists.SIZE, random);
            assertTrue(index >= 0 && index < StatusLists.SIZE, "in range: " + index);
            assertTrue(used.add(index), "never reused: " + index);
            increasing += index > previous ? 1 : 0;
            previous = index;
        }
        assertTrue(increasing < 700, "not in issue order: " + increasing + " of 1000 went up");
        long lowHalf = used.stream().filter(i -> i < StatusLists.SIZE / 2).count();
        assertTrue(lowHalf > 400 && lowHalf < 600, "spread over the list: " + lowHalf + " in the first half");
    }

    @Test
    void aNearlyFullListStillYieldsItsFreeIndexesThenSaysItIsFull() {
        Random random = new Random(3);
        int size = 64;
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < size; i++) {
            assertTrue(used.add(StatusLists.randomFreeIndex(used, size, random)));
        }
        assertEquals(size, used.size());
        assertThrows(IllegalStateException.class, () -> StatusLists.randomFreeIndex(used, size, random));

        Set<Integer> allButOne = new HashSet<>(used);
        allButOne.remove(37);
        assertEquals(37, StatusLists.randomFreeIndex(allButOne, size, random));
    }

    @Test
    void bitsAreReadInTheSameOrderTheyAreWritten() {
        byte[] expected = new byte[StatusLists.SIZE / 8];
        expected[2] = 0x20; // bit 18
        BitSet revoked = new BitSet();
        revoked.set(18);
        assertArrayEquals(expected, unpack(StatusLists.encode(revoked, StatusLists.SIZE)));
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] unpack(String encoded) {
        try {
            return gunzip(Base64.getUrlDecoder().decode(encoded.substring(1)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

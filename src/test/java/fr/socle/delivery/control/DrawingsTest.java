package fr.socle.delivery.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DrawingsTest {

    static String png(int width, int height, boolean stroke) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        if (stroke) {
            var g = image.createGraphics();
            g.setColor(Color.BLACK);
            g.drawLine(2, 2, width - 3, height - 3);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @Test
    void aDrawnPngIsKept() throws Exception {
        String drawn = png(300, 100, true);
        assertEquals(drawn, Drawings.check(drawn));
        assertArrayEquals(Base64.getDecoder().decode(drawn.substring(22)), Drawings.png(drawn));
    }

    @Test
    void aBlankPadOrNothingIsNoDrawing() throws Exception {
        assertNull(Drawings.check(png(300, 100, false)));
        assertNull(Drawings.check(null));
        assertNull(Drawings.check(" "));
    }

    @Test
    void anythingElseIsRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Drawings.check("data:image/svg+xml;base64,PHN2Zz4="));
        assertThrows(IllegalArgumentException.class, () -> Drawings.check("data:image/png;base64,not base64!"));
        assertThrows(IllegalArgumentException.class, () -> Drawings.check("data:image/png;base64," + Base64.getEncoder().encodeToString("GIF89a....".getBytes())));
        assertThrows(Drawings.TooLarge.class, () -> Drawings.check(png(2500, 10, true)), "too wide");
        assertThrows(Drawings.TooLarge.class, () -> Drawings.check("data:image/png;base64," + "A".repeat(300_000)), "too heavy");
    }

    /** A PNG file as bytes, chunk by chunk: the signature, IHDR declaring a size, a tiny IDAT, IEND. */
    static byte[] crafted(int width, int height, boolean crcRight) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0)
                .put((byte) 0).array(), crcRight);
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] idat = new byte[128];
        int n = deflater.deflate(idat);
        chunk(out, "IDAT", java.util.Arrays.copyOf(idat, n), true);
        chunk(out, "IEND", new byte[0], true);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, boolean crcRight) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) (crc.getValue() + (crcRight ? 0 : 1))).array());
    }

    static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** Bytes the current thread allocated so far (HotSpot's count). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void aTinyPngDeclaringAHugeImageIsRefusedFromItsHeaderWithoutDecoding() {
        for (int[] size : new int[][] {{100_000, 100_000}, {20_000, 20_000}, {2001, 10}, {10, 2001}}) {
            String bomb = dataUrl(crafted(size[0], size[1], true));
            assertTrue(bomb.length() < 1200, "a file of about a kilobyte: " + bomb.length());
            assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
                long before = allocated();
                var refused = assertThrows(Drawings.TooLarge.class, () -> Drawings.check(bomb), size[0] + "x" + size[1]);
                long spent = allocated() - before;
                assertTrue(spent < 1_000_000, "refused without allocating the image: " + spent + " bytes for " + size[0] + "x" + size[1]);
                assertTrue(refused.getMessage().contains("too large"), refused.getMessage());
            });
        }
    }

    @Test
    void aPngWithoutAProperHeaderIsRefusedBeforeDecoding() throws Exception {
        byte[] good = crafted(300, 100, true);
        assertThrows(IllegalArgumentException.class, () -> Drawings.check(dataUrl(crafted(300, 100, false))), "IHDR's CRC is wrong");
        assertThrows(IllegalArgumentException.class, () -> Drawings.check(dataUrl(crafted(0, 100, true))), "no width");
        assertThrows(IllegalArgumentException.class, () -> Drawings.check(dataUrl(crafted(-1, 100, true))), "negative (2^32-1) width");
        assertThrows(IllegalArgumentException.class, () -> Drawings.check(dataUrl(java.util.Arrays.copyOf(good, 20))), "cut in its header");
        byte[] notFirst = good.clone();
        notFirst[12] = 'X';
        assertThrows(IllegalArgumentException.class, () -> Drawings.check(dataUrl(notFirst)), "the first chunk is not IHDR");
        assertEquals(300, Drawings.declaredSize(Base64.getDecoder().decode(png(300, 100, true).substring(22)))[0]);
        assertEquals(100, Drawings.declaredSize(Base64.getDecoder().decode(png(300, 100, true).substring(22)))[1]);
    }
}

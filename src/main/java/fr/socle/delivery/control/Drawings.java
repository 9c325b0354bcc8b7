package fr.socle.delivery.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Drawn signatures as the signature pad sends them: a PNG data URL. Only a small, readable PNG with
 * something drawn on it is kept; a blank pad counts as no drawing. The size the PNG declares in its
 * header (IHDR) is checked before anything is decoded: a file of a kilobyte may declare an image of
 * gigabytes, which decoding would allocate.
 */
public final class Drawings {

    static final String PREFIX = "data:image/png;base64,";
    static final int MAX_BYTES = 200_000;
    static final int MAX_SIDE = 2000;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] IHDR = {'I', 'H', 'D', 'R'};

    private Drawings() {
    }

    /** A drawing larger than {@link #MAX_SIDE} pixels a side, or heavier than {@link #MAX_BYTES}. */
    public static final class TooLarge extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** The largest side a drawing may declare, in pixels. */
    public static int maxSide() {
        return MAX_SIDE;
    }

    /** The drawing to keep, or null when nothing was drawn; IllegalArgumentException when it is not a small PNG. */
    public static String check(String dataUrl) {
        if (dataUrl == null || dataUrl.isBlank()) {
            return null;
        }
        BufferedImage image = image(dataUrl);
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw new TooLarge("drawing too large");
        }
        return blank(image) ? null : dataUrl.strip();
    }

    /** The PNG bytes of a kept drawing. */
    public static byte[] png(String dataUrl) {
        String s = dataUrl.strip();
        if (!s.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PNG data URL");
        }
        if (s.length() > PREFIX.length() + MAX_BYTES * 4 / 3 + 4) {
            throw new TooLarge("drawing too large: more than " + MAX_BYTES + " bytes");
        }
        try {
            return Base64.getDecoder().decode(s.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64", e);
        }
    }

    /**
     * The width and height a PNG declares, read from its header alone: the 8-byte signature, then the
     * IHDR chunk first (13 bytes of data and a right CRC), as the PNG specification requires.
     * IllegalArgumentException when the bytes do not start as a PNG does.
     */
    public static int[] declaredSize(byte[] png) {
        if (png.length < 33 || !Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
            throw new IllegalArgumentException("not a PNG");
        }
        ByteBuffer header = ByteBuffer.wrap(png, 8, 25);
        int length = header.getInt();
        if (length != 13 || !Arrays.equals(png, 12, 16, IHDR, 0, 4)) {
            throw new IllegalArgumentException("not a PNG: IHDR is not its first chunk");
        }
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        if ((int) crc.getValue() != ByteBuffer.wrap(png, 29, 4).getInt()) {
            throw new IllegalArgumentException("not a PNG: IHDR is damaged");
        }
        int width = ByteBuffer.wrap(png, 16, 4).getInt();
        int height = ByteBuffer.wrap(png, 20, 4).getInt();
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("not a PNG: no width or height");
        }
        return new int[] {width, height};
    }

    private static BufferedImage image(String dataUrl) {
        byte[] png = png(dataUrl);
        int[] size = declaredSize(png);
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new TooLarge("drawing too large: " + size[0] + "x" + size[1]);
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("unreadable PNG");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable PNG", e);
        }
    }

    /** Nothing drawn: every pixel transparent, or all the same colour. */
    private static boolean blank(BufferedImage image) {
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) != 0 && argb != first) {
                    return false;
                }
            }
        }
        return true;
    }
}

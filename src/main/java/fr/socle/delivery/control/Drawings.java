package fr.socle.delivery.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Drawn signatures as the signature pad sends them: a PNG data URL. Only a small, readable PNG with
 * something drawn on it is kept; a blank pad counts as no drawing.
 */
public final class Drawings {

    static final String PREFIX = "data:image/png;base64,";
    static final int MAX_BYTES = 200_000;
    static final int MAX_SIDE = 2000;

    private Drawings() {
    }

    /** The drawing to keep, or null when nothing was drawn; IllegalArgumentException when it is not a small PNG. */
    public static String check(String dataUrl) {
        if (dataUrl == null || dataUrl.isBlank()) {
            return null;
        }
        BufferedImage image = image(dataUrl);
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw new IllegalArgumentException("drawing too large");
        }
        return blank(image) ? null : dataUrl.strip();
    }

    /** The PNG bytes of a kept drawing. */
    public static byte[] png(String dataUrl) {
        String s = dataUrl.strip();
        if (!s.startsWith(PREFIX) || s.length() > PREFIX.length() + MAX_BYTES * 4 / 3 + 4) {
            throw new IllegalArgumentException("not a PNG data URL");
        }
        try {
            return Base64.getDecoder().decode(s.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64", e);
        }
    }

    private static BufferedImage image(String dataUrl) {
        byte[] png = png(dataUrl);
        if (png.length < 8 || png[0] != (byte) 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new IllegalArgumentException("not a PNG");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("unreadable PNG");
            }
            return image;
        } catch (IOException e) {
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

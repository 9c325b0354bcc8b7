package fr.socle.delivery.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
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
        assertThrows(IllegalArgumentException.class, () -> Drawings.check(png(2500, 10, true)), "too wide");
        assertThrows(IllegalArgumentException.class, () -> Drawings.check("data:image/png;base64," + "A".repeat(300_000)), "too heavy");
    }
}

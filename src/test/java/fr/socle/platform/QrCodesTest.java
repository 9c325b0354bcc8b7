package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void aQrCodeReadsBackAsItsLink() throws Exception {
        String link = "https://socle.example.org/learn/sign.xhtml?session=8c1f&halfDay=42";
        var image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(link, 240)));
        assertEquals(240, image.getWidth());
        var read = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertEquals(link, read.getText());
        assertTrue(QrCodes.dataUrl(link, 120).startsWith("data:image/png;base64,iVBOR"));
    }
}

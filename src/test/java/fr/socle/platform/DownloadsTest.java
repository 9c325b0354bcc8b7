package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every file answer names its file the same safe way, and says the same things about it. */
class DownloadsTest {

    @Test
    void aFileNameIsAnAsciiFallbackAndTheUtf8NameWithNothingThatBreaksTheHeader() {
        assertEquals("attachment; filename=\"emargement-42.pdf\"; filename*=UTF-8''emargement-42.pdf", Downloads.attachment("emargement-42.pdf"));
        assertEquals("attachment; filename=\"r_sum_ _ d_atelier.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%C2%AB%20d%E2%80%99atelier.pdf",
                Downloads.attachment("résumé « d’atelier.pdf"));
        assertEquals("attachment; filename=\"a_b*.txt\"; filename*=UTF-8''a%22b%2A.txt", Downloads.attachment("a\"b*.txt"));
        assertEquals("attachment; filename=\"x.csvSet-Cookie: a=b\"; filename*=UTF-8''x.csvSet-Cookie%3A%20a%3Db",
                Downloads.attachment("x.csv\r\nSet-Cookie: a=b"), "no line break reaches the header");
    }
}

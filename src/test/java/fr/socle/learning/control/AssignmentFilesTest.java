package fr.socle.learning.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.platform.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssignmentFilesTest {

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("rapport.pdf", SampleFiles.pdf(), AssignmentFiles.Type.PDF),
                Arguments.of("capture.PNG", SampleFiles.image("png"), AssignmentFiles.Type.PNG),
                Arguments.of("photo.jpg", SampleFiles.image("jpeg"), AssignmentFiles.Type.JPEG),
                Arguments.of("photo.jpeg", SampleFiles.image("jpeg"), AssignmentFiles.Type.JPEG),
                Arguments.of("plan.odt", SampleFiles.openDocument(AssignmentFiles.Type.ODT.mediaType), AssignmentFiles.Type.ODT),
                Arguments.of("budget.ods", SampleFiles.openDocument(AssignmentFiles.Type.ODS.mediaType), AssignmentFiles.Type.ODS),
                Arguments.of("atelier.odp", SampleFiles.openDocument(AssignmentFiles.Type.ODP.mediaType), AssignmentFiles.Type.ODP),
                Arguments.of("plan.docx", SampleFiles.officeOpenXml("word/document.xml"), AssignmentFiles.Type.DOCX),
                Arguments.of("budget.xlsx", SampleFiles.officeOpenXml("xl/workbook.xml"), AssignmentFiles.Type.XLSX),
                Arguments.of("atelier.pptx", SampleFiles.officeOpenXml("ppt/presentation.xml"), AssignmentFiles.Type.PPTX),
                Arguments.of("notes.txt", "Bilan de l’atelier\r\n\tÉlève : très bien\n".getBytes(StandardCharsets.UTF_8), AssignmentFiles.Type.TXT),
                Arguments.of("notes-latin1.txt", "Bilan de l'atelier : réussi\n".getBytes(StandardCharsets.ISO_8859_1), AssignmentFiles.Type.TXT),
                Arguments.of("notes-utf16.txt", "\uFEFFBloc-notes « Unicode »\r\n".getBytes(StandardCharsets.UTF_16LE), AssignmentFiles.Type.TXT));
    }

    @ParameterizedTest
    @MethodSource("acceptedFiles")
    void eachAcceptedTypePassesWhenItsContentIsWhatItsNameSays(String name, byte[] content, AssignmentFiles.Type type) {
        var checked = AssignmentFiles.check(name, content);
        assertEquals(type, checked.type());
        assertEquals(name, checked.fileName());
        assertArrayEquals(content, checked.content());
    }

    static Stream<Arguments> disguisedFiles() {
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        return Stream.of(
                Arguments.of("programme.pdf", exe),
                Arguments.of("image.pdf", SampleFiles.image("png")),
                Arguments.of("rapport.png", SampleFiles.pdf()),
                Arguments.of("photo.jpg", SampleFiles.image("png")),
                Arguments.of("archive.docx", SampleFiles.zip("a.txt", "x")),
                Arguments.of("classeur.docx", SampleFiles.officeOpenXml("xl/workbook.xml")),
                Arguments.of("texte.xlsx", SampleFiles.officeOpenXml("word/document.xml")),
                Arguments.of("tableur.odt", SampleFiles.openDocument(AssignmentFiles.Type.ODS.mediaType)),
                Arguments.of("faux.odt", SampleFiles.zip("mimetype", AssignmentFiles.Type.ODT.mediaType)),
                Arguments.of("binaire.txt", exe),
                Arguments.of("rapport.txt", SampleFiles.pdf()),
                Arguments.of("tronque.docx", Arrays.copyOf(SampleFiles.officeOpenXml("word/document.xml"), 60)),
                Arguments.of("tronque.odt", Arrays.copyOf(SampleFiles.openDocument(AssignmentFiles.Type.ODT.mediaType), 40)));
    }

    @ParameterizedTest
    @MethodSource("disguisedFiles")
    void aFileWhoseContentIsNotWhatItsExtensionSaysIsRefused(String name, byte[] content) {
        Problem p = assertThrows(Problem.class, () -> AssignmentFiles.check(name, content));
        assertEquals(Problem.Kind.BAD_REQUEST, p.kind());
        assertEquals("socle.submission.contentMismatch", p.key());
        assertEquals("." + name.substring(name.lastIndexOf('.') + 1), p.args()[0]);
    }

    @Test
    void anExtensionOutsideTheListIsRefusedWithTheAcceptedFormats() {
        for (String name : new String[] {"virus.exe", "ancien.doc", "page.html", "script.js", "sans-extension", "point.", ""}) {
            Problem p = assertThrows(Problem.class, () -> AssignmentFiles.check(name, "texte".getBytes(StandardCharsets.UTF_8)), name);
            assertEquals("socle.submission.badType", p.key(), name);
        }
        Problem exe = assertThrows(Problem.class, () -> AssignmentFiles.check("virus.exe", new byte[] {'M', 'Z'}));
        assertEquals(".exe", exe.args()[0]);
        String message = exe.message(Locale.FRENCH);
        assertTrue(message.contains(".exe") && message.contains("PDF") && message.contains("DOCX"), message);
    }

    @Test
    void anEmptyFileIsRefused() {
        Problem p = assertThrows(Problem.class, () -> AssignmentFiles.check("vide.pdf", new byte[0]));
        assertEquals("socle.submission.empty", p.key());
        assertEquals("Le fichier est vide.", p.message(Locale.FRENCH));
        assertEquals("The file is empty.", p.message(Locale.ENGLISH));
    }

    @Test
    void tenMegabytesPassAndOneByteMoreIsRefused() {
        byte[] limit = new byte[AssignmentFiles.MAX_BYTES];
        Arrays.fill(limit, (byte) 'a');
        assertEquals(AssignmentFiles.Type.TXT, AssignmentFiles.check("long.txt", limit).type());
        Problem p = assertThrows(Problem.class, () -> AssignmentFiles.check("long.txt", Arrays.copyOf(limit, limit.length + 1)));
        assertEquals("socle.submission.tooLarge", p.key());
        assertEquals("Le fichier dépasse la taille maximale de 10 Mo.", p.message(Locale.FRENCH));
        assertEquals("The file is larger than 10 MB.", p.message(Locale.ENGLISH));
    }

    @Test
    void readingAnUploadStopsJustPastTheLimit() throws IOException {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'a';
            }
        };
        Problem p = assertThrows(Problem.class, () -> AssignmentFiles.read(endless));
        assertEquals("socle.submission.tooLarge", p.key());
        assertEquals(AssignmentFiles.MAX_BYTES + 1L, read[0], "never more than the limit and one byte");
        assertEquals(3, AssignmentFiles.read(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8))).length);
    }

    @Test
    void theNameKeepsNoFolderNoControlCharacterAndAtMost200Characters() {
        assertEquals("rapport.pdf", AssignmentFiles.safeName("C:\\Users\\lea\\Documents\\rapport.pdf"));
        assertEquals("passwd.txt", AssignmentFiles.safeName("../../etc/passwd.txt"));
        assertEquals("mon rapport.pdf", AssignmentFiles.safeName(" mon\r\n \"rapport\u0000.pdf "));
        String longName = "a".repeat(300) + ".docx";
        String safe = AssignmentFiles.safeName(longName);
        assertEquals(200, safe.length());
        assertTrue(safe.endsWith(".docx"));
        assertEquals("rapport.pdf", AssignmentFiles.check("dossier/rapport.pdf", SampleFiles.pdf()).fileName());
    }

    @Test
    void theDownloadHeaderNamesTheFileInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"r_sum_ _ d_atelier.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%C2%AB%20d%E2%80%99atelier.pdf",
                AssignmentFiles.attachment("résumé « d’atelier.pdf"));
        assertEquals("attachment; filename=\"a_b*.txt\"; filename*=UTF-8''a%22b%2A.txt", AssignmentFiles.attachment("a\"b*.txt"));
    }

    @Test
    void theZipDirectoryIsReadWithoutInflatingAnything() {
        byte[] docx = SampleFiles.officeOpenXml("word/document.xml");
        assertEquals(java.util.Set.of("[Content_Types].xml", "_rels/.rels", "word/document.xml"), AssignmentFiles.zipEntryNames(docx));
        assertTrue(AssignmentFiles.zipEntryNames(Arrays.copyOf(docx, docx.length - 10)).isEmpty(), "a truncated zip has no directory");
        assertTrue(AssignmentFiles.zipEntryNames(new byte[] {'P', 'K', 3, 4}).isEmpty());
    }

    @Test
    void theFileInputOffersEveryAcceptedExtension() {
        assertEquals(".pdf,.png,.jpg,.jpeg,.odt,.ods,.odp,.docx,.xlsx,.pptx,.txt", AssignmentFiles.ACCEPT);
    }
}

package fr.socle.learning.control;

import fr.socle.platform.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a learner may hand in for an assignment: at most 10 MB, of an accepted type, known by its
 * extension AND by its content (magic bytes; for OpenDocument the {@code mimetype} entry that the
 * format puts first; for Office Open XML the package's main part, read from the zip's central
 * directory without inflating anything). A file whose content is not what its name says is refused.
 */
public final class AssignmentFiles {

    public static final int MAX_MEGABYTES = 10;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    public static final int MAX_NAME = 200;

    /** The accepted types, each with its extensions and the media type it is stored and served with. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
        ODP("application/vnd.oasis.opendocument.presentation", "odp"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        TXT("text/plain", "txt");

        public final String mediaType;
        public final List<String> extensions;

        Type(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = List.of(extensions);
        }

        static Type ofExtension(String extension) {
            return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst().orElse(null);
        }
    }

    /** What the HTML file input may offer: every accepted extension. */
    public static final String ACCEPT = String.join(",", Arrays.stream(Type.values())
            .flatMap(t -> t.extensions.stream().map(e -> "." + e)).toList());

    /** A file that passed every check: its cleaned-up name, its type and its bytes. */
    public record Checked(String fileName, Type type, byte[] content) {
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final String ODF_MIMETYPE = "mimetype";

    private AssignmentFiles() {
    }

    /** Reads an upload, never more than the limit (plus one byte, to know it is too large). */
    public static byte[] read(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw Problem.badRequest("socle.submission.tooLarge", MAX_MEGABYTES);
        }
        return content;
    }

    /**
     * Checks a file: not empty, not too large, an accepted extension, and content of that type.
     *
     * @throws Problem 400 with the reason, in words a learner understands
     */
    public static Checked check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw Problem.badRequest("socle.submission.empty");
        }
        if (content.length > MAX_BYTES) {
            throw Problem.badRequest("socle.submission.tooLarge", MAX_MEGABYTES);
        }
        String name = safeName(fileName);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Type declared = Type.ofExtension(extension);
        if (declared == null) {
            throw Problem.badRequest("socle.submission.badType", extension.isEmpty() ? "?" : "." + extension);
        }
        if (sniff(content) != declared) {
            throw Problem.badRequest("socle.submission.contentMismatch", "." + extension);
        }
        return new Checked(name, declared, content);
    }

    /**
     * The file's own name, without any folder a browser may send, control characters or quotes,
     * at most {@value #MAX_NAME} characters (the extension kept).
     */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    /**
     * A Content-Disposition header that makes browsers download the file under its name: an ASCII
     * fallback and the UTF-8 name (RFC 6266).
     */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    /** The accepted type the content is, or null. */
    static Type sniff(byte[] b) {
        if (startsWith(b, 0, PNG_SIGNATURE)) {
            return Type.PNG;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Type.JPEG;
        }
        if (startsWith(b, 0, PDF_HEADER)) {
            return Type.PDF;
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            Type odf = openDocument(b);
            return odf != null ? odf : officeOpenXml(b);
        }
        return isText(b) ? Type.TXT : null;
    }


    /** OpenDocument puts an uncompressed entry "mimetype" first, holding the document's media type. */
    private static Type openDocument(byte[] b) {
        if (b.length < 38 || u16(b, 8) != 0 || u16(b, 26) != ODF_MIMETYPE.length() || u16(b, 28) != 0
                || !startsWith(b, 30, ODF_MIMETYPE.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        long length = u32(b, 18);
        if (length <= 0 || length > 100 || 38 + length > b.length) {
            return null;
        }
        String mediaType = new String(b, 38, (int) length, StandardCharsets.US_ASCII);
        for (Type t : List.of(Type.ODT, Type.ODS, Type.ODP)) {
            if (t.mediaType.equals(mediaType)) {
                return t;
            }
        }
        return null;
    }

    /** An Office Open XML package: [Content_Types].xml and the main part of a document, workbook or presentation. */
    private static Type officeOpenXml(byte[] b) {
        Set<String> names = zipEntryNames(b);
        if (!names.contains("[Content_Types].xml")) {
            return null;
        }
        if (names.contains("word/document.xml")) {
            return Type.DOCX;
        }
        if (names.contains("xl/workbook.xml")) {
            return Type.XLSX;
        }
        if (names.contains("ppt/presentation.xml")) {
            return Type.PPTX;
        }
        return null;
    }

    /** The names in a zip's central directory (empty when it cannot be read): nothing is inflated. */
    static Set<String> zipEntryNames(byte[] b) {
        Set<String> names = new HashSet<>();
        int end = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (u32(b, i) == 0x06054b50L) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int entries = u16(b, end + 10);
        long offset = u32(b, end + 16);
        int p = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < entries; n++) {
            if (p < 0 || p + 46 > end || u32(b, p) != 0x02014b50L) {
                return names;
            }
            int nameLength = u16(b, p + 28);
            int skip = u16(b, p + 30) + u16(b, p + 32);
            if (p + 46 + nameLength > end) {
                return names;
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + skip;
        }
        return names;
    }

    /**
     * Plain text: UTF-16 with its byte-order mark, or an 8-bit text (UTF-8, Latin-1, Windows-1252)
     * without NUL or other control characters than tab, line feed, form feed and carriage return.
     */
    private static boolean isText(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            try {
                String text = StandardCharsets.UTF_16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
                return text.chars().allMatch(c -> !Character.isISOControl(c) || isTextControl(c));
            } catch (CharacterCodingException e) {
                return false;
            }
        }
        for (byte x : b) {
            int c = x & 0xFF;
            if ((c < 0x20 && !isTextControl(c)) || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTextControl(int c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return at < 0 || at + 2 > b.length ? -1 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return at < 0 || at + 4 > b.length ? -1 : (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}

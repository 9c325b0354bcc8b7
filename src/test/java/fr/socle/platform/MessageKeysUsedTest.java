package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code and the pages use exists in the bundle: no raw key ever reaches a person. */
class MessageKeysUsedTest {

    private static final Pattern IN_JAVA = Pattern.compile("(?:Problem\\.\\w+|messages\\.(?:info|error)|Messages\\.get)\\([^\"]*\"(socle\\.[\\w.]+)\"");
    private static final Pattern IN_PAGES = Pattern.compile("msg\\['(socle\\.[\\w.]+)'\\]");

    @Test
    void everyKeyUsedIsDefined() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/fr/socle/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        scan(Path.of("src/main/java"), ".java", IN_JAVA, bundle, missing);
        scan(Path.of("src/main/webapp"), ".xhtml", IN_PAGES, bundle, missing);
        assertTrue(missing.isEmpty(), () -> "keys used but not defined: " + missing);
    }

    private static void scan(Path root, String suffix, Pattern pattern, Properties bundle, Set<String> missing) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
    }
}

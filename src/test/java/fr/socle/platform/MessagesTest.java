package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.organisation.boundary.OrganisationKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {

    private static final String HOME_FR = "Accueil";
    private static final String HOME_EN = "Home";

    static Properties load(String resource) {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing from the classpath");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> missingFrom(Properties reference, Properties other) {
        Set<String> missing = new TreeSet<>(reference.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        return missing;
    }

    @Nested
    class Lookup {

        @Test
        void speaksFrenchByDefault() {
            assertEquals(Locale.FRENCH, Messages.DEFAULT);
            assertEquals(HOME_FR, Messages.get(Locale.FRENCH, "socle.nav.home"));
        }

        @Test
        void fallsBackToFrenchForAnUnsupportedLanguage() {
            assertEquals(HOME_FR, Messages.get(Locale.GERMAN, "socle.nav.home"));
            assertEquals(HOME_FR, Messages.get(Locale.JAPANESE, "socle.nav.home"));
        }

        @Test
        void fallsBackToFrenchWithoutALocale() {
            assertEquals(HOME_FR, Messages.get(null, "socle.nav.home"));
        }

        @Test
        void speaksEnglishWhenAskedWhateverTheCountry() {
            assertEquals(HOME_EN, Messages.get(Locale.ENGLISH, "socle.nav.home"));
            assertEquals(HOME_EN, Messages.get(Locale.UK, "socle.nav.home"));
            assertEquals(HOME_EN, Messages.get(Locale.US, "socle.nav.home"));
        }

        @Test
        void speaksFrenchForAnyFrenchSpeakingCountry() {
            assertEquals(HOME_FR, Messages.get(Locale.CANADA_FRENCH, "socle.nav.home"));
            assertEquals(HOME_FR, Messages.get(Locale.FRANCE, "socle.nav.home"));
        }

        @Test
        void doesNotFollowTheJvmDefaultLocale() {
            Locale saved = Locale.getDefault();
            try {
                Locale.setDefault(Locale.ENGLISH);
                assertEquals(HOME_FR, Messages.get(Locale.GERMAN, "socle.nav.home"));
                Locale.setDefault(Locale.FRENCH);
                assertEquals(HOME_EN, Messages.get(Locale.ENGLISH, "socle.nav.home"));
            } finally {
                Locale.setDefault(saved);
            }
        }

        @Test
        void returnsTheKeyItselfWhenItIsMissing() {
            assertEquals("socle.no.such.key", Messages.get(Locale.FRENCH, "socle.no.such.key"));
            assertEquals("socle.no.such.key", Messages.get(Locale.ENGLISH, "socle.no.such.key"));
        }

        @Test
        void formatsArgumentsInBothLanguages() {
            String fr = Messages.get(Locale.FRENCH, "socle.organisation.created", "Mairie X");
            String en = Messages.get(Locale.ENGLISH, "socle.organisation.created", "Mairie X");
            assertEquals("Organisation « Mairie X » créée.", fr);
            assertEquals("Organisation \"Mairie X\" created.", en);
        }

        @Test
        void formatsSeveralArgumentsInTheirOwnPlaces() {
            assertEquals("Remove role Learner from Camille",
                    Messages.get(Locale.ENGLISH, "socle.members.removeLabel", "Camille", "Learner"));
        }

        @Test
        void acceptsANullArgumentArray() {
            assertEquals(HOME_FR, Messages.get(Locale.FRENCH, "socle.nav.home", (Object[]) null));
        }
    }

    @Nested
    class Supported {

        static Stream<Arguments> preferences() {
            return Stream.of(
                    Arguments.of(List.of(Locale.GERMAN, Locale.ENGLISH, Locale.FRENCH), Locale.ENGLISH),
                    Arguments.of(List.of(Locale.FRANCE, Locale.ENGLISH), Locale.FRENCH),
                    Arguments.of(List.of(Locale.US, Locale.FRENCH), Locale.ENGLISH),
                    Arguments.of(List.of(Locale.GERMAN, Locale.ITALIAN), Locale.FRENCH),
                    Arguments.of(List.of(Locale.forLanguageTag("en-GB")), Locale.ENGLISH),
                    Arguments.of(List.of(), Locale.FRENCH));
        }

        @ParameterizedTest
        @MethodSource("preferences")
        void picksTheFirstSupportedLanguageOfAPreferenceList(List<Locale> wanted, Locale expected) {
            assertEquals(expected, Messages.supported(wanted));
        }

        @Test
        void mapsASingleLocaleToItsSupportedLanguageOrFrench() {
            assertEquals(Locale.ENGLISH, Messages.supported(Locale.US));
            assertEquals(Locale.FRENCH, Messages.supported(Locale.CANADA_FRENCH));
            assertEquals(Locale.FRENCH, Messages.supported(Locale.GERMAN));
            assertEquals(Locale.FRENCH, Messages.supported((Locale) null));
        }

        @Test
        void anAcceptLanguageHeaderGivesItsFirstSupportedLanguageAndFrenchOtherwise() {
            assertEquals(Locale.ENGLISH, Messages.ofAcceptLanguage("de-DE,en-GB;q=0.8,fr;q=0.5"));
            assertEquals(Locale.FRENCH, Messages.ofAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.8"));
            assertEquals(Locale.FRENCH, Messages.ofAcceptLanguage(null), "no header: French, not the server's locale");
            assertEquals(Locale.FRENCH, Messages.ofAcceptLanguage("de"));
            assertEquals(Locale.FRENCH, Messages.ofAcceptLanguage(";;q=x,,"), "malformed");
        }
    }

    /** Protects the "English available" promise: both languages carry the same keys. */
    @Nested
    class Bundles {

        @ParameterizedTest(name = "{0} and {1} have the same keys")
        @MethodSource("fr.socle.platform.MessagesTest#bundlePairs")
        void frenchAndEnglishBundlesHaveTheSameKeys(String french, String english) {
            Properties fr = load(french);
            Properties en = load(english);
            assertTrue(fr.size() > 0, french + " is empty");
            assertAll(
                    () -> assertEquals(Set.of(), missingFrom(fr, en), "keys missing from " + english),
                    () -> assertEquals(Set.of(), missingFrom(en, fr), "keys missing from " + french));
        }

        @ParameterizedTest(name = "{0} has no blank message")
        @MethodSource("fr.socle.platform.MessagesTest#bundles")
        void noMessageIsBlank(String resource) {
            Properties p = load(resource);
            Set<String> blank = new TreeSet<>();
            p.stringPropertyNames().forEach(k -> {
                if (p.getProperty(k).isBlank()) {
                    blank.add(k);
                }
            });
            assertEquals(Set.of(), blank);
        }

        @Test
        void everyMessageComesOutOfMessagesExactlyAsWrittenWhenItHasNoArguments() {
            // MessageFormat swallows a straight apostrophe ('): "l'organisation" would lose it.
            Properties fr = load("/fr/socle/i18n/messages.properties");
            Properties en = load("/fr/socle/i18n/messages_en.properties");
            assertAll(Stream.concat(
                    fr.stringPropertyNames().stream().map(k -> () ->
                            assertEquals(fr.getProperty(k), Messages.get(Locale.FRENCH, k), k)),
                    en.stringPropertyNames().stream().map(k -> () ->
                            assertEquals(en.getProperty(k), Messages.get(Locale.ENGLISH, k), k))));
        }

        @Test
        void theTwoLanguagesReallyDiffer() {
            assertNotEquals(Messages.get(Locale.FRENCH, "socle.login.failed"), Messages.get(Locale.ENGLISH, "socle.login.failed"));
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleHasALabelInBothLanguages(Role role) {
        String key = "socle.role." + role.name();
        assertNotEquals(key, Messages.get(Locale.FRENCH, key));
        assertNotEquals(key, Messages.get(Locale.ENGLISH, key));
    }

    @ParameterizedTest
    @EnumSource(OrganisationKind.class)
    void everyOrganisationKindHasALabelInBothLanguages(OrganisationKind kind) {
        String key = "socle.kind." + kind.name();
        assertNotEquals(key, Messages.get(Locale.FRENCH, key));
        assertNotEquals(key, Messages.get(Locale.ENGLISH, key));
    }

    static Stream<Arguments> bundlePairs() {
        return Stream.of(
                Arguments.of("/fr/socle/i18n/messages.properties", "/fr/socle/i18n/messages_en.properties"),
                Arguments.of("/ValidationMessages.properties", "/ValidationMessages_en.properties"));
    }

    static Stream<String> bundles() {
        return Stream.of("/fr/socle/i18n/messages.properties", "/fr/socle/i18n/messages_en.properties",
                "/ValidationMessages.properties", "/ValidationMessages_en.properties");
    }
}

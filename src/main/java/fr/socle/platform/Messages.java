package fr.socle.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one place where text for people is looked up: French first, English available. */
public final class Messages {

    public static final String BUNDLE = "fr.socle.i18n.messages";
    public static final Locale DEFAULT = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args == null ? new Object[0] : args);
    }

    /** The supported locale closest to the one asked for; French when none fits. */
    public static Locale supported(Locale wanted) {
        if (wanted == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(DEFAULT);
    }

    /**
     * The language of an Accept-Language header (French when it names none of ours, or is missing or malformed): for
     * answers written before JAX-RS or Faces, whose servlet request would fall back on the server's locale instead.
     */
    public static Locale ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            return supported(Locale.LanguageRange.parse(header).stream().map(r -> Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }

    /** Picks the first supported language of a list such as an Accept-Language header's. */
    public static Locale supported(List<Locale> wanted) {
        for (Locale l : wanted) {
            for (Locale s : SUPPORTED) {
                if (s.getLanguage().equals(l.getLanguage())) {
                    return s;
                }
            }
        }
        return DEFAULT;
    }
}

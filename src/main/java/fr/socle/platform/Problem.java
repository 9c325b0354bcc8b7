package fr.socle.platform;

/**
 * A failure a person can act on: carries the HTTP status it maps to and a message key from the
 * {@code messages} bundle, so that the API and the UI can both say it in the caller's language.
 */
public class Problem extends RuntimeException {

    public enum Kind {
        BAD_REQUEST(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String key;
    private final transient Object[] args;
    private final java.util.List<String> details;

    public Problem(Kind kind, String key, Object... args) {
        super(key);
        this.kind = kind;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
        this.details = java.util.List.of();
    }

    private Problem(Problem base, java.util.List<String> details) {
        super(base.key);
        this.kind = base.kind;
        this.key = base.key;
        this.args = base.args;
        this.details = java.util.List.copyOf(details);
    }

    /** The same problem with a list of particulars (each bad field, each bad line of a file). */
    public Problem withDetails(java.util.List<String> details) {
        return new Problem(this, details);
    }

    public java.util.List<String> details() {
        return details;
    }

    /** The details in a language: those that are message keys are translated, the others stay as they are. */
    public java.util.List<String> details(java.util.Locale locale) {
        return details.stream().map(d -> d.matches("socle\\.[\\w.]+") ? Messages.get(locale, d) : d).toList();
    }

    public static Problem badRequest(String key, Object... args) {
        return new Problem(Kind.BAD_REQUEST, key, args);
    }

    public static Problem unauthorized(String key, Object... args) {
        return new Problem(Kind.UNAUTHORIZED, key, args);
    }

    public static Problem forbidden(String key, Object... args) {
        return new Problem(Kind.FORBIDDEN, key, args);
    }

    public static Problem notFound(String key, Object... args) {
        return new Problem(Kind.NOT_FOUND, key, args);
    }

    public static Problem conflict(String key, Object... args) {
        return new Problem(Kind.CONFLICT, key, args);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language. */
    public String message(java.util.Locale locale) {
        return Messages.get(locale, key, args);
    }
}

package fr.socle.identity.control;

/** What a new password must be: long enough to resist guessing, short enough to hash. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static boolean accepts(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH
                && !password.isBlank();
    }
}

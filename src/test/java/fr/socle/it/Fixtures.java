package fr.socle.it;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid test values: every run makes its own, so that runs against one database never collide. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String email(String who) {
        return unique(who) + "@example.org";
    }

    /** A random SIRET whose Luhn check digit is right. */
    public static String siret() {
        StringBuilder digits = new StringBuilder("2");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (digits.length() < 13) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            String candidate = digits.toString() + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean luhn(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(s.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}

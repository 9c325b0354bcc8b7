package fr.socle.organisation.entity;

/**
 * SIRET numbers: 14 digits whose Luhn checksum holds. La Poste's establishments (SIREN 356 000 000)
 * are the documented exception: their digits add up to a multiple of 5 instead.
 */
public final class Siret {

    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    /** Removes the spaces people type in SIRET numbers ("123 456 789 00012"). */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "").replace("\u00a0", "");
        return compact.isEmpty() ? null : compact;
    }

    public static boolean isValid(String value) {
        String siret = normalise(value);
        if (siret == null || siret.length() != 14 || !siret.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (siret.startsWith("000000000")) {
            return false; // no SIREN is all zeros, though its checksum holds
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals("35600000000048")) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(siret);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}

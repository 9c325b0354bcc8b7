package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days a database stores, or none: MariaDB refused -999999999-01-01 with a 500 where H2 took it. */
class ValidDayTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static class Input {
        @ValidDay
        LocalDate day;

        Input(LocalDate day) {
            this.day = day;
        }
    }

    private static int violations(LocalDate day) {
        return VALIDATOR.validate(new Input(day)).size();
    }

    @Test
    void aDayFrom1900To9998OrNoneIsValid() {
        assertEquals(0, violations(null));
        assertEquals(0, violations(LocalDate.of(1900, 1, 1)));
        assertEquals(0, violations(LocalDate.of(2026, 12, 5)));
        assertEquals(0, violations(LocalDate.of(9998, 12, 31)));
    }

    @Test
    void yearsNoDatabaseStoresAreRefused() {
        assertEquals(1, violations(LocalDate.of(-999_999_999, 1, 1)));
        assertEquals(1, violations(LocalDate.of(999_999_999, 12, 31)));
        assertEquals(1, violations(LocalDate.of(1899, 12, 31)));
        assertEquals(1, violations(LocalDate.of(9999, 1, 1)));
    }
}

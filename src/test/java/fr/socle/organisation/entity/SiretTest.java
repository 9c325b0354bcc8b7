package fr.socle.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @Nested
    class Normalise {

        @Test
        void removesOrdinarySpaces() {
            assertEquals("21300012300017", Siret.normalise("213 000 123 00017"));
        }

        @Test
        void removesNonBreakingSpaces() {
            assertEquals("21300012300017", Siret.normalise("213\u00a0000\u00a0123\u00a000017"));
        }

        @Test
        void keepsAnAlreadyCompactValueUnchanged() {
            assertEquals("21300012300017", Siret.normalise("21300012300017"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "   ", "\u00a0", " \u00a0 "})
        void turnsNullEmptyAndSpacesOnlyIntoNull(String value) {
            assertNull(Siret.normalise(value));
        }
    }

    @Nested
    class IsValid {

        @Test
        void refusesAnAllZeroSirenThoughItsChecksumHolds() {
            assertTrue(Siret.luhn("00000000000000"));
            assertFalse(Siret.isValid("00000000000000"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"21300012300017", "20004567800014", "81234567800013", "18000924400013"})
        void acceptsFourteenDigitsWithAValidLuhnChecksum(String siret) {
            assertTrue(Siret.isValid(siret));
        }

        @ParameterizedTest
        @ValueSource(strings = {"213 000 123 00017", "213\u00a0000\u00a0123\u00a000017", " 21300012300017 "})
        void acceptsAValidNumberTypedWithSpaces(String siret) {
            assertTrue(Siret.isValid(siret));
        }

        @ParameterizedTest
        @ValueSource(strings = {"21300012300018", "21300012300010", "20004567800015", "81234567800012"})
        void rejectsAWrongCheckDigit(String siret) {
            assertFalse(Siret.isValid(siret));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2130001230001", "213000123000170", "0", "2130001230001700000"})
        void rejectsAnythingButFourteenDigits(String siret) {
            assertFalse(Siret.isValid(siret));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2130001230001A", "A1300012300017", "213-000-123-00017", "21300012300.17", "２１３０００１２３０００１７"})
        void rejectsLettersPunctuationAndNonAsciiDigits(String siret) {
            assertFalse(Siret.isValid(siret));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void rejectsNullEmptyAndBlank(String siret) {
            assertFalse(Siret.isValid(siret));
        }
    }

    @Nested
    class LaPosteException {

        @Test
        void acceptsALaPosteEstablishmentWhoseDigitsAddUpToAMultipleOfFiveEvenThoughLuhnFails() {
            String siret = "35600000049837"; // digit sum 45, Luhn sum not a multiple of 10
            assertFalse(Siret.luhn(siret));
            assertTrue(Siret.isValid(siret));
        }

        @Test
        void rejectsALaPosteEstablishmentWhoseDigitsDoNotAddUpToAMultipleOfFive() {
            assertFalse(Siret.isValid("35600000049838")); // digit sum 46
        }

        @Test
        void rejectsALaPosteEstablishmentThatOnlyPassesLuhn() {
            String siret = "35600000000055"; // Luhn valid, digit sum 24
            assertTrue(Siret.luhn(siret));
            assertFalse(Siret.isValid(siret));
        }

        @Test
        void acceptsTheLaPosteHeadOfficeWhichIsValidByLuhnOnly() {
            String headOffice = "35600000000048"; // digit sum 26
            assertTrue(Siret.isValid(headOffice));
            assertTrue(Siret.isValid("356 000 000 00048"));
        }
    }

    @Nested
    class ValidSiretConstraint {

        private final ValidSiret.Validator validator = new ValidSiret.Validator();

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\u00a0"})
        void acceptsAMissingSiretBecauseTheFieldIsOptional(String value) {
            assertTrue(validator.isValid(value, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"21300012300017", "213 000 123 00017", "35600000000048"})
        void acceptsAValidSiret(String value) {
            assertTrue(validator.isValid(value, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"21300012300018", "2130001230001", "213000123000170", "abcdefghijklmn"})
        void rejectsAnInvalidSiret(String value) {
            assertFalse(validator.isValid(value, null));
        }
    }
}

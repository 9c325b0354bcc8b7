package fr.socle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void boundsAreTwelveAndOneHundredTwentyEight() {
        assertEquals(12, PasswordPolicy.MIN_LENGTH);
        assertEquals(128, PasswordPolicy.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 13, 64, 127, 128})
    void acceptsLengthsFromTwelveToOneHundredTwentyEight(int length) {
        assertTrue(PasswordPolicy.accepts("a".repeat(length)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 11, 129, 1000})
    void rejectsLengthsOutsideTwelveToOneHundredTwentyEight(int length) {
        assertFalse(PasswordPolicy.accepts("a".repeat(length)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "\t\t\t\t\t\t\t\t\t\t\t\t", "      \n      "})
    void rejectsABlankPasswordEvenWhenLongEnough(String blank) {
        assertTrue(blank.length() >= PasswordPolicy.MIN_LENGTH);
        assertFalse(PasswordPolicy.accepts(blank));
    }

    @Test
    void acceptsAPasswordWithInnerSpaces() {
        assertTrue(PasswordPolicy.accepts("correct horse battery"));
    }

    @Test
    void rejectsNull() {
        assertFalse(PasswordPolicy.accepts(null));
    }
}

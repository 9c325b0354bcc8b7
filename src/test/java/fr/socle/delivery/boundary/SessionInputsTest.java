package fr.socle.delivery.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.delivery.entity.HalfDay;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A session's input is checked field by field at the door (once, a body missing its fields was a NullPointerException and a 500). */
class SessionInputsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Set<String> invalidFields(Object input) {
        return VALIDATOR.validate(input).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static SessionInputs.SlotInput slot() {
        SessionInputs.SlotInput s = new SessionInputs.SlotInput();
        s.date = LocalDate.of(2026, 5, 4);
        s.period = HalfDay.Period.MATIN;
        s.startMinute = 540;
        s.endMinute = 720;
        return s;
    }

    private static SessionInputs.SessionInput valid() {
        SessionInputs.SessionInput s = new SessionInputs.SessionInput();
        s.organisationId = "org";
        s.programme = "AGENTS-ACCUEIL";
        s.title = "Groupe 1";
        s.capacity = 12;
        s.halfDays = new ArrayList<>(Arrays.asList(slot()));
        return s;
    }

    @Test
    void aValidSessionPasses() {
        assertEquals(Set.of(), invalidFields(valid()));
    }

    @Test
    void anEmptyBodyNamesEveryMissingField() {
        assertEquals(Set.of("capacity", "organisationId", "programme", "title"), invalidFields(new SessionInputs.SessionInput()));
    }

    @Test
    void halfDaysAreCheckedOneByOne() {
        SessionInputs.SessionInput s = valid();
        SessionInputs.SlotInput odd = slot();
        odd.date = null;
        odd.period = null;
        odd.startMinute = -1;
        odd.endMinute = 2000;
        s.halfDays.add(odd);
        s.halfDays.add(null);
        Set<String> fields = invalidFields(s);
        assertTrue(fields.containsAll(Set.of("halfDays[1].date", "halfDays[1].period", "halfDays[1].startMinute", "halfDays[1].endMinute")), fields::toString);
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("halfDays[2]")), fields::toString);
    }

    @Test
    void sizesAndCapacityAreBounded() {
        SessionInputs.SessionInput s = valid();
        s.title = "t".repeat(201);
        s.place = "p".repeat(301);
        s.module = "m".repeat(41);
        s.capacity = 0;
        assertEquals(Set.of("capacity", "module", "place", "title"), invalidFields(s));
    }
}

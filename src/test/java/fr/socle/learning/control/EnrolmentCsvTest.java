package fr.socle.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.socle.learning.entity.Enrolment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrolmentCsvTest {

    private static EnrolmentCsv.Parsed parse(String text) {
        return EnrolmentCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnOptionalPositioningColumn() {
        var parsed = parse("email;programme;positionnement\nA@Commune.fr;cmn; Niveau 2 sur 4 – à l’aise avec la messagerie \nb@commune.fr;CMN;\n");
        assertEquals(List.of(), parsed.fileProblems());
        assertEquals("Niveau 2 sur 4 – à l’aise avec la messagerie", parsed.rows().get(0).positioning());
        assertNull(parsed.rows().get(1).positioning(), "an empty cell records nothing");
        assertEquals(List.of(), parsed.rows().get(1).problems());
        assertNull(parse("email;programme\na@commune.fr;CMN\n").rows().get(0).positioning(), "the column is optional");
    }

    @Test
    void refusesAPositioningLongerThanTheColumn() {
        var parsed = parse("email;programme;positionnement\na@commune.fr;CMN;" + "x".repeat(Enrolment.POSITIONING_MAX + 1) + "\n"
                + "b@commune.fr;CMN;" + "x".repeat(Enrolment.POSITIONING_MAX) + "\n");
        assertEquals(List.of("socle.csv.badPositioning"), parsed.rows().get(0).problems());
        assertEquals(List.of(), parsed.rows().get(1).problems());
    }
}

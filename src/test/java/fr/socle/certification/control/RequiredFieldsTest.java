package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.certification.boundary.DocumentKind;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class RequiredFieldsTest {

    private static final List<String> ALL_KINDS = List.of("code", "verifyUrl", "issuedAt", "holderName", "title",
            "issuerName", "signatoryName");

    /** What each kind requires besides {@link #ALL_KINDS}: the contract stated in the javadoc of RequiredFields. */
    private static Set<String> required(DocumentKind kind) {
        Set<String> names = new TreeSet<>(ALL_KINDS);
        names.addAll(switch (kind) {
            case CERTIFICAT -> List.of("competences", "minutes");
            case ATTESTATION_FIN_FORMATION -> List.of("objectives", "nature", "minutes", "results");
            case CERTIFICAT_REALISATION -> List.of("employer", "nature", "startDate", "endDate", "minutes", "signatoryTitle");
            case ATTESTATION_ASSIDUITE -> List.of("startDate", "endDate", "minutes", "agrement");
        });
        return names;
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void completeFactsLackNothing(DocumentKind kind) {
        assertEquals(List.of(), RequiredFields.missing(SampleFacts.complete(kind)));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void eachRequiredFactLeftOutIsReportedByName(DocumentKind kind) {
        for (String name : required(kind)) {
            DocumentFacts without = without(SampleFacts.complete(kind), name, false);
            assertEquals(List.of(name), RequiredFields.missing(without), kind + " without " + name);
            if (isText(name)) {
                assertEquals(List.of(name), RequiredFields.missing(without(SampleFacts.complete(kind), name, true)),
                        kind + " with a blank " + name);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void factsTheKindDoesNotRequireMayBeLeftOut(DocumentKind kind) {
        for (RecordComponent c : DocumentFacts.class.getRecordComponents()) {
            if (!required(kind).contains(c.getName()) && !c.getName().equals("kind")) {
                assertEquals(List.of(), RequiredFields.missing(without(SampleFacts.complete(kind), c.getName(), false)),
                        kind + " without " + c.getName());
            }
        }
    }

    @Test
    void aListOfBlankLinesCountsAsEmpty() {
        DocumentFacts f = with(SampleFacts.complete(DocumentKind.CERTIFICAT), "competences", List.of(" ", ""));
        assertEquals(List.of("competences"), RequiredFields.missing(f));
    }

    @Test
    void aPeriodEndingBeforeItStartsHasNoEnd() {
        DocumentFacts f = with(SampleFacts.complete(DocumentKind.ATTESTATION_ASSIDUITE), "endDate", LocalDate.of(2026, 5, 11));
        assertEquals(List.of("endDate"), RequiredFields.missing(f));
    }

    @Test
    void negativeMinutesAreNoHours() {
        DocumentFacts f = with(SampleFacts.complete(DocumentKind.CERTIFICAT_REALISATION), "minutes", -30);
        assertEquals(List.of("minutes"), RequiredFields.missing(f));
    }

    @Test
    void withoutAKindOnlyTheCommonFactsAreChecked() {
        DocumentFacts f = with(SampleFacts.complete(DocumentKind.CERTIFICAT), "kind", null);
        assertEquals(List.of("kind"), RequiredFields.missing(f));
        DocumentFacts empty = new DocumentFacts(null, null, null, null, null, null, null, null, null, null, null, null,
                null, 0, null, null, null, null, null, null, null, null, null, null, null, null, null);
        List<String> missing = RequiredFields.missing(empty);
        assertTrue(missing.containsAll(ALL_KINDS) && missing.contains("kind"), missing.toString());
    }

    private static boolean isText(String name) {
        return Arrays.stream(DocumentFacts.class.getRecordComponents())
                .anyMatch(c -> c.getName().equals(name) && c.getType() == String.class);
    }

    /** The facts with one left out: null, zero or an empty list as its type allows, or blank text. */
    static DocumentFacts without(DocumentFacts facts, String name, boolean blank) {
        RecordComponent c = Arrays.stream(DocumentFacts.class.getRecordComponents())
                .filter(r -> r.getName().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(name));
        Object empty = c.getType() == int.class ? 0 : c.getType() == List.class ? List.of() : blank ? "  " : null;
        return with(facts, name, empty);
    }

    static DocumentFacts with(DocumentFacts facts, String name, Object value) {
        try {
            RecordComponent[] components = DocumentFacts.class.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(name)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = components[i].getAccessor().invoke(facts);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(name);
            }
            return DocumentFacts.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.socle.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The official Open Badges 3.0 schema (../shared/standards), for the ITs. */
final class Ob3 {

    private Ob3() {
    }

    static List<String> errors(JsonNode credential) {
        return fr.socle.certification.control.Ob3Schema.errors(credential);
    }
}

package fr.socle.certification.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** A document's facts as the JSON kept with its record (and back). */
public final class FactsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FactsJson() {
    }

    public static String write(DocumentFacts facts) {
        try {
            return MAPPER.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DocumentFacts read(String json) {
        try {
            return MAPPER.readValue(json, DocumentFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable document facts", e);
        }
    }
}

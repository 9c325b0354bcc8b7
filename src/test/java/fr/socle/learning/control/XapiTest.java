package fr.socle.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class XapiTest {

    @Test
    void aStatementHasActorVerbObjectResultAndTimestampAndNoEmail() {
        String json = Xapi.statement("6f1c1c2e-0000-4000-8000-000000000001", "https://socle.local", "learner-1", Xapi.PASSED,
                "https://socle.local/programmes/CMN/versions/1/activities/a1", "Quiz", 80, true, null, Instant.parse("2026-11-21T10:00:00Z"));
        JsonObject s = Json.createReader(new StringReader(json)).readObject();
        assertEquals("learner-1", s.getJsonObject("actor").getJsonObject("account").getString("name"));
        assertEquals(Xapi.PASSED, s.getJsonObject("verb").getString("id"));
        assertEquals("https://socle.local/programmes/CMN/versions/1/activities/a1", s.getJsonObject("object").getString("id"));
        assertEquals(0.8, s.getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").doubleValue(), 1e-9);
        assertEquals(true, s.getJsonObject("result").getBoolean("success"));
        assertEquals("2026-11-21T10:00:00Z", s.getString("timestamp"));
        assertFalse(json.contains("mbox"), "no email in statements");
    }

    @Test
    void aStatementWithoutResultHasNoResult() {
        String json = Xapi.statement("id", "https://b", "l", Xapi.REGISTERED, "https://b/programmes/X/versions/1", "X", null, null, null, Instant.EPOCH);
        assertFalse(Json.createReader(new StringReader(json)).readObject().containsKey("result"));
    }
}

package fr.socle.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The time, in one place, to microsecond precision (what DATETIME(6) keeps). */
@ApplicationScoped
public class Clock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today, in French time. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), Formats.PARIS);
    }
}

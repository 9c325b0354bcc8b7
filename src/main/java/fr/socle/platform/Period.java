package fr.socle.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A period of calendar days, both ends included, as reports and exports are asked for them ({@code ?from=&to=},
 * ISO dates): the one place that reads and checks them. A day is from year {@value #FIRST_YEAR} to {@value #LAST_YEAR}
 * (so that the day after the end is still a date every database stores); the end is not before the start. Anything
 * else is a 400 that says so ({@code socle.period.invalid}).
 */
public record Period(LocalDate from, LocalDate to) {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9998;

    public Period {
        if (from == null || to == null || !inRange(from) || !inRange(to) || from.isAfter(to)) {
            throw invalid();
        }
    }

    /** The period asked for; an end left out takes its default. */
    public static Period parse(String from, String to, LocalDate defaultFrom, LocalDate defaultTo) {
        LocalDate start = day(from);
        LocalDate end = day(to);
        return new Period(start == null ? defaultFrom : start, end == null ? defaultTo : end);
    }

    /** The calendar year of a day: 1 January to 31 December. */
    public static Period yearOf(LocalDate day) {
        return new Period(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
    }

    /**
     * One end of a period that may be left open: null when blank, 400 when unreadable or out of range.
     * With two open ends, {@link #check} says whether they are in order.
     */
    public static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid();
        }
        if (!inRange(day)) {
            throw invalid();
        }
        return day;
    }

    /** Two ends, either open (null): a 400 when both are given and the end comes first. */
    public static void check(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            new Period(from, to);
        }
    }

    /** The first instant of the period in a zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in a zone (the end is exclusive). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** A day a period may start or end on: from year {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    public static boolean inRange(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    private static Problem invalid() {
        return Problem.badRequest("socle.period.invalid", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)); // as text: no thousands separator
    }
}

package fr.socle.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How pages show moments, hours and clock times: French time, in the page's language ({@code #{formats.when(i)}}). */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A calendar day as French documents print it: 16/12/2026. */
    public static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A moment, date and time, in French time. */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).withZone(PARIS).format(instant);
    }

    /** A calendar day, in the page's language: "16 déc. 2026". */
    public String day(java.time.LocalDate day) {
        if (day == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(day);
    }

    /** Minutes as people read hours: "12 h 30" (the ledger's own rule). */
    public String hours(int minutes) {
        return minutesAsHours(minutes);
    }

    /** Minutes as people read hours: "12 h 30", "7 h", "-1 h 15". */
    public static String minutesAsHours(int minutes) {
        int h = Math.abs(minutes) / 60;
        int m = Math.abs(minutes) % 60;
        return (minutes < 0 ? "-" : "") + h + " h" + (m == 0 ? "" : String.format(" %02d", m));
    }

    /** A minute of the day as a clock time: 570 is 09:30. */
    public String time(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}

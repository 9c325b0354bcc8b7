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

    /** A moment, date and time, in French time. */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).withZone(PARIS).format(instant);
    }

    /** Minutes as people read hours: "12 h 30" (the ledger's own rule). */
    public String hours(int minutes) {
        return fr.socle.progress.control.HoursLedger.hours(minutes);
    }

    /** A minute of the day as a clock time: 570 is 09:30. */
    public String time(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}

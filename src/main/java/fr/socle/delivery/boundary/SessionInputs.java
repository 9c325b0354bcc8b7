package fr.socle.delivery.boundary;

import fr.socle.platform.ValidDay;
import fr.socle.delivery.entity.HalfDay;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the sessions API takes to plan a session, checked at the door (a 400 naming each bad field) before
 * the facade and the entities see it. Classes, not records: see OrganisationInput.
 */
public final class SessionInputs {

    private SessionInputs() {
    }

    /** A half-day: its date, morning or afternoon, its times in minutes since midnight, its module, in the room or remote. */
    public static class SlotInput {
        @NotNull(message = "{socle.session.dateRequired}")
        @ValidDay
        public LocalDate date;

        @NotNull(message = "{socle.session.periodRequired}")
        public HalfDay.Period period;

        @NotNull(message = "{socle.session.minutes}")
        @Min(value = 0, message = "{socle.session.minutes}")
        @Max(value = 24 * 60, message = "{socle.session.minutes}")
        public Integer startMinute;

        @NotNull(message = "{socle.session.minutes}")
        @Min(value = 0, message = "{socle.session.minutes}")
        @Max(value = 24 * 60, message = "{socle.session.minutes}")
        public Integer endMinute;

        @Size(max = 40, message = "{socle.session.moduleTooLong}")
        public String module;

        public Boolean remote;
    }

    /** A session of a programme (or of one of its modules) for an organisation, with its half-days. */
    public static class SessionInput {
        @NotBlank(message = "{socle.session.organisationRequired}")
        public String organisationId;

        @NotBlank(message = "{socle.session.programmeRequired}")
        public String programme;

        @Size(max = 40, message = "{socle.session.moduleTooLong}")
        public String module;

        @NotBlank(message = "{socle.session.titleRequired}")
        @Size(max = 200, message = "{socle.session.titleRequired}")
        public String title;

        @Size(max = 300, message = "{socle.session.placeTooLong}")
        public String place;

        @NotNull(message = "{socle.session.capacity}")
        @Min(value = 1, message = "{socle.session.capacity}")
        @Max(value = 10_000, message = "{socle.session.capacity}")
        public Integer capacity;

        @Size(max = 200, message = "{socle.session.tooManyHalfDays}")
        public List<@NotNull(message = "{socle.session.halfDayRequired}") @Valid SlotInput> halfDays;
    }
}

package fr.socle.delivery.boundary;

import fr.socle.catalogue.boundary.Programmes;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** teach/sessions.xhtml: the sessions of the organisations a trainer works for, and a form to plan one with its half-days. */
@Named
@ViewScoped
public class TeachSessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sessions sessions;

    @Inject
    transient Programmes programmes;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    /** A half-day row of the form: times as the browser's time inputs give them (HH:mm). */
    public static class SlotForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate date = LocalDate.now();
        private HalfDay.Period period = HalfDay.Period.MATIN;
        private String start = "09:00";
        private String end = "12:30";
        private boolean remote;

        Sessions.Slot slot() {
            try {
                return new Sessions.Slot(date, period, minutes(start), minutes(end), null, remote);
            } catch (RuntimeException e) {
                throw Problem.badRequest("socle.session.invalid");
            }
        }

        private static int minutes(String hhmm) {
            LocalTime t = LocalTime.parse(hhmm.strip());
            return t.getHour() * 60 + t.getMinute();
        }

        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public HalfDay.Period getPeriod() { return period; }
        public void setPeriod(HalfDay.Period period) { this.period = period; }
        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }
        public boolean isRemote() { return remote; }
        public void setRemote(boolean remote) { this.remote = remote; }
    }

    private String organisationId;
    private String programme;
    private String module;
    private String title;
    private String place;
    private int capacity = 12;
    private final List<SlotForm> slots = new ArrayList<>();
    private transient List<ProgrammeVersion> published;

    @PostConstruct
    void init() {
        slots.add(new SlotForm());
        SlotForm afternoon = new SlotForm();
        afternoon.setPeriod(HalfDay.Period.APRES_MIDI);
        afternoon.setStart("13:30");
        afternoon.setEnd("17:00");
        slots.add(afternoon);
    }

    public List<TrainingSession> getSessions() {
        return sessions.taught(current.require());
    }

    public List<Organisation> getOrganisations() {
        return organisations.taught(current.require());
    }

    /** The published programmes the caller may run, read once per view (the module list asks again at each change). */
    public List<ProgrammeVersion> getProgrammes() {
        if (published == null) {
            published = programmes.catalogue(Optional.of(current.require()), new Programmes.Search(null, null, null, null));
        }
        return published;
    }

    /** The modules of the chosen programme, for a session of a single module. */
    public List<Module> getModules() {
        if (programme == null || programme.isBlank()) {
            return List.of();
        }
        return getProgrammes().stream().filter(v -> v.getProgramme().getCode().equals(programme)).findFirst()
                .map(ProgrammeVersion::modules).orElse(List.of());
    }

    public HalfDay.Period[] getPeriods() {
        return HalfDay.Period.values();
    }

    public void addSlot() {
        SlotForm next = new SlotForm();
        if (!slots.isEmpty()) {
            next.setDate(slots.get(slots.size() - 1).getDate().plusDays(1));
        }
        slots.add(next);
    }

    public void removeSlot(SlotForm slot) {
        slots.remove(slot);
    }

    public void create() throws IOException {
        try {
            TrainingSession s = sessions.create(current.require(), organisationId, programme, module == null || module.isBlank() ? null : module,
                    title, place, capacity, slots.stream().map(SlotForm::slot).toList());
            messages.info("socle.session.created", s.getTitle());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/teach/session.xhtml?id=" + s.getId());
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public List<SlotForm> getSlots() { return slots; }
}

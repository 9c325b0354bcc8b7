package fr.socle.export.boundary;

import fr.socle.learning.boundary.Enrolments;
import fr.socle.export.control.ExportRequest;
import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Formats;
import fr.socle.platform.Messages;
import fr.socle.platform.job.JobStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * admin/exports.xhtml: an administrator starts the élus' agrément dossier or the Qualiopi audit pack (for a
 * programme or all) of one of its organisations for a period (the last two years unless changed), and follows its exports: a progress bar each,
 * refreshed while one runs, and a download link once done. The live region speaks only when an
 * export's status changes, not at each refresh.
 */
@Named
@ViewScoped
public class ExportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Message key prefixes: a status's announcement, a kind's label. */
    static final String ANNOUNCE = "socle.export.announce.";
    static final String KIND = "socle.export.kind.";
    private static final String JOBS = "exportsView.jobs";
    private static final String SAID = "exportsView.said";
    private static final String PROGRAMMES = "exportsView.programmes.";

    @Inject
    transient ExportJobs jobs;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Clock clock;

    @Inject
    transient Enrolments enrolments;

    private String organisationId;
    private LocalDate from;
    private LocalDate to;
    private String programme;
    private final Map<String, JobStatus> seen = new HashMap<>();
    private transient List<Organisation> administered;

    @jakarta.annotation.PostConstruct
    void init() {
        LocalDate[] period = ExportRequest.lastTwoYears(clock.now().atZone(Formats.PARIS).toLocalDate());
        from = period[0];
        to = period[1];
        List<Organisation> mine = getOrganisations();
        organisationId = mine.isEmpty() ? null : mine.get(0).getId();
        getJobs().forEach(j -> seen.put(j.getId(), j.getStatus()));
    }

    public void startAgrementDossier() {
        start(ExportKind.AGREMENT_DOSSIER, null);
    }

    /** The Qualiopi audit pack of the organisation and period, for the programme given or all. */
    public void startQualiopiPack() {
        start(ExportKind.QUALIOPI_PACK, programme);
    }

    /** The programmes the chosen organisation has enrolments in: the pack's choices (none for a person who administers none). */
    public List<String> getProgrammes() {
        if (organisationId == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked") // what this method put there, per organisation: the organisation can change within a request
        List<String> codes = (List<String>) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(PROGRAMMES + organisationId, k -> enrolments.programmeCodes(current.require(), organisationId));
        return codes;
    }

    private void start(ExportKind kind, String programmeOrNull) {
        messages.attempt(() -> {
            ExportJob job = jobs.start(current.require(), kind, organisationId, from, to, programmeOrNull);
            seen.put(job.getId(), job.getStatus());
            FacesContext.getCurrentInstance().getAttributes().remove(JOBS);
        }, "socle.export.started");
    }

    /**
     * The live region's text, refreshed with the list (after a start, at each poll): the exports whose
     * status changed since the list was last shown, and nothing otherwise, so that a screen reader hears
     * each change once. Worked out once per request.
     */
    public String getAnnouncement() {
        var request = FacesContext.getCurrentInstance().getAttributes();
        String said = (String) request.get(SAID);
        if (said == null) {
            said = changes(); // not in computeIfAbsent: it reads the list, kept in the same map
            request.put(SAID, said);
        }
        return said;
    }

    private String changes() {
        StringBuilder said = new StringBuilder();
        for (ExportJob j : getJobs()) {
            JobStatus before = seen.put(j.getId(), j.getStatus());
            if (before != null && before != j.getStatus()) {
                said.append(said.isEmpty() ? "" : " ").append(Messages.get(locale(), ANNOUNCE + j.getStatus(),
                        Messages.get(locale(), KIND + j.getKind())));
            }
        }
        return said.toString();
    }

    /** The exports shown, read once per request (the view lives across the refreshes: never kept in it). */
    @SuppressWarnings("unchecked")
    public List<ExportJob> getJobs() {
        return (List<ExportJob>) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(JOBS,
                k -> jobs.visible(current.require(), 20));
    }

    public boolean isRunning() {
        return getJobs().stream().anyMatch(j -> !j.isFinished());
    }

    public List<Organisation> getOrganisations() {
        if (administered == null) {
            administered = organisations.administered(current.require());
        }
        return administered;
    }

    /** An organisation's name, for the list of exports. */
    public String organisationName(String id) {
        return getOrganisations().stream().filter(o -> o.getId().equals(id)).map(Organisation::getName).findFirst().orElse("");
    }

    /** A job's period, as the page shows it. */
    public String period(ExportJob job) {
        ExportRequest r = job.getRequest();
        var days = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale());
        return Messages.get(locale(), "socle.export.periodValue", days.format(r.from()), days.format(r.to()));
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
}

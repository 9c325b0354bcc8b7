package fr.socle.reporting.boundary;

import fr.socle.platform.ErrorPages;
import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.boundary.ProfileType;
import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import fr.socle.learning.entity.HoursEntry;
import fr.socle.reporting.control.Charts;
import fr.socle.reporting.control.OrganisationProgress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * admin/progress.xhtml?organisation=…: an organisation's people in training, for its administrators:
 * enrolments by status and programme, completion by profile type, hours by month and by source. Each
 * chart has a table with the same figures.
 */
@Named
@RequestScoped
public class ProgressView {

    @Inject
    Reports reports;

    @Inject
    Organisations organisations;

    @Inject
    CurrentCaller current;

    private String organisationId;
    private List<Organisation> administered;
    private OrganisationProgress progress;
    private Reports.Hours hours;

    public void load() throws IOException {
        var caller = current.require();
        administered = organisations.administered(caller);
        if (organisationId == null && !administered.isEmpty()) {
            organisationId = administered.get(0).getId();
        }
        try {
            progress = reports.progress(caller, organisationId);
            hours = reports.hours(caller, organisationId);
        } catch (Problem p) {
            ErrorPages.send(p.kind().status);
        }
    }

    public List<Organisation> getOrganisations() {
        return administered;
    }

    public OrganisationProgress getProgress() {
        return progress;
    }

    public Reports.Hours getHours() {
        return hours;
    }

    public List<EnrolmentStatus> getStatuses() {
        return Arrays.asList(EnrolmentStatus.values());
    }

    public List<HoursEntry.Source> getSources() {
        return Arrays.asList(HoursEntry.Source.values());
    }

    public long count(EnrolmentStatus status) {
        return progress.byStatus().get(status);
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(month);
    }

    public String profile(ProfileType type) {
        return type == null ? text("socle.progress.noProfile") : text("socle.profile.type." + type);
    }

    public String getStatusChart() {
        return Charts.doughnut(text("socle.progress.byStatus"), getStatuses().stream().map(s -> text("socle.enrolment.status." + s)).toList(),
                new Charts.Series(text("socle.progress.enrolments"), getStatuses().stream().map(this::count).toList()));
    }

    public String getProgrammeChart() {
        List<String> labels = progress.programmes().stream().map(OrganisationProgress.ProgrammeCounts::code).toList();
        return Charts.bar(text("socle.progress.byProgramme"), labels, getStatuses().stream()
                .map(s -> new Charts.Series(text("socle.enrolment.status." + s), progress.programmes().stream().map(p -> p.count(s)).toList()))
                .toList(), true);
    }

    public String getProfileChart() {
        return Charts.bar(text("socle.progress.byProfile"), progress.profiles().stream().map(p -> profile(p.type())).toList(),
                List.of(new Charts.Series(text("socle.progress.rate"), progress.profiles().stream().map(OrganisationProgress.ProfileCompletion::rate).toList())),
                false);
    }

    public String getMonthChart() {
        return Charts.bar(text("socle.progress.byMonth"), progress.months().stream().map(m -> month(m.month())).toList(),
                List.of(new Charts.Series(text("socle.progress.hoursUnit"),
                        progress.months().stream().map(m -> Math.round(m.minutes() / 6.0) / 10.0).toList())), false);
    }

    /** A text of the bundle in the page's language (the quality page's too). */
    static String text(String key) {
        return Messages.get(locale(), key);
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
}

package fr.socle.reporting.boundary;

import fr.socle.platform.ErrorPages;
import fr.socle.platform.Clock;
import fr.socle.export.boundary.ExportJobs;
import fr.socle.export.boundary.ExportKind;
import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Formats;
import fr.socle.platform.Period;
import fr.socle.platform.Problem;
import fr.socle.reporting.control.Charts;
import fr.socle.reporting.control.HoursBreakdown;
import fr.socle.reporting.control.QualiopiIndicators.Figure;
import fr.socle.reporting.control.QualiopiIndicators.Indicator;
import fr.socle.reporting.control.QualiopiPack;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * admin/quality.xhtml: an organisation's Qualiopi indicators and hours delivered over a period, for its
 * administrators: cards with a "détail" button showing the rows behind each figure, charts each with a
 * table of the same figures, and the audit pack started as a background export (admin/exports.xhtml shows
 * its progress and offers its file). Only the filters are kept in the view;
 * the figures are read again when the filters change.
 */
@Named
@ViewScoped
public class QualityView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One breakdown of the hours as the page shows it: a chart and a table of the same slices. */
    public record Breakdown(String id, String title, String chart, List<Slice> slices, int minutes) {
    }

    public record Slice(String label, int minutes, String hours) {
    }

    @Inject
    transient Quality quality;

    @Inject
    transient Clock clock;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient ExportJobs exportJobs;

    private String organisationId;
    private String programme;
    private LocalDate from;
    private LocalDate to;
    private HoursBreakdown.Period period = HoursBreakdown.Period.MONTH;
    private Indicator selected;
    private boolean packStarted;
    private List<SelectItem> organisationItems;
    private List<String> programmes;
    private transient Quality.Qualiopi qualiopi;
    private transient Quality.Hours hours;
    /** The filters were refused (said in a message): nothing is read again while the page renders. */
    private transient boolean refused;

    /** First view: the organisations the caller administers, the first one, the current calendar year. */
    public void load() throws IOException {
        if (organisationItems != null) {
            return;
        }
        var caller = current.require();
        organisationItems = organisations.administered(caller).stream().map(o -> new SelectItem(o.getId(), o.getName())).toList();
        if (organisationId == null && !organisationItems.isEmpty()) {
            organisationId = (String) organisationItems.get(0).getValue();
        }
        Period year = Period.yearOf(clock.now().atZone(Formats.PARIS).toLocalDate());
        from = year.from();
        to = year.to();
        try {
            programmes = quality.programmes(caller, organisationId);
            read();
        } catch (Problem p) {
            ErrorPages.send(p.kind().status);
        }
    }

    /** The filters changed: read the figures again (a bad period is said, not an error page). */
    public void show() {
        selected = null;
        packStarted = false;
        try {
            programmes = quality.programmes(current.require(), organisationId);
            if (programme != null && !programmes.contains(programme)) {
                programme = null;
            }
            read();
        } catch (Problem p) {
            qualiopi = null;
            hours = null;
            refused = true;
            messages.problem(p);
        }
    }

    private void read() {
        refused = false;
        var caller = current.require();
        qualiopi = quality.qualiopi(caller, organisationId, programme, from, to);
        hours = quality.hours(caller, organisationId, from, to, period);
    }

    private Quality.Qualiopi qualiopi() {
        if (qualiopi == null && !refused && organisationId != null && from != null && to != null && !from.isAfter(to)) {
            qualiopi = quality.qualiopi(current.require(), organisationId, programme, from, to);
        }
        return qualiopi;
    }

    private Quality.Hours hoursRead() {
        if (hours == null && !refused && organisationId != null && from != null && to != null && !from.isAfter(to)) {
            hours = quality.hours(current.require(), organisationId, from, to, period);
        }
        return hours;
    }

    public boolean isReady() {
        return qualiopi() != null && hoursRead() != null;
    }

    /** Shows the rows behind a figure. */
    public void detail(Indicator indicator) {
        selected = indicator;
    }

    public void closeDetail() {
        selected = null;
    }

    /** Starts the audit pack of the page's filters as a background export; the page then links to the exports page. */
    public void startPack() {
        packStarted = false;
        try {
            exportJobs.start(current.require(), ExportKind.QUALIOPI_PACK, organisationId, from, to, programme);
            packStarted = true;
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public boolean isPackStarted() {
        return packStarted;
    }

    public List<Figure> getFigures() {
        return new ArrayList<>(qualiopi().figures().values());
    }

    public Figure getDetail() {
        return selected == null || qualiopi() == null ? null : qualiopi().figures().get(selected);
    }

    public boolean isSatisfaction(Figure f) {
        return f.indicator() == Indicator.SATISFACTION_HOT || f.indicator() == Indicator.SATISFACTION_COLD;
    }

    /** A rate as the page prints it: "60,0 %", or a dash with its words when there is nothing to divide by. */
    public String rate(Figure f) {
        return f.rate() == null ? text("socle.quality.none") : String.format(locale(), "%.1f %%", f.rate());
    }

    /** A row's enrolment status in words. */
    public String status(String code) {
        return text("socle.enrolment.status." + code);
    }

    public String mean(Figure f) {
        return f.mean() == null ? text("socle.quality.none") : String.format(locale(), "%.2f / 5", f.mean());
    }

    public String getRateChart() {
        List<Figure> figures = getFigures();
        return Charts.bar(text("socle.quality.ratesChart"), figures.stream().map(f -> text("socle.quality.indicator." + f.indicator())).toList(),
                List.of(new Charts.Series(text("socle.quality.rate"), figures.stream().map(f -> f.rate() == null ? 0.0 : f.rate()).toList())), false);
    }

    public int getTotalMinutes() {
        return hoursRead().breakdown().minutes();
    }

    public List<Breakdown> getBreakdowns() {
        var b = hoursRead().breakdown();
        Map<String, String> names = hoursRead().organisations();
        List<Breakdown> all = new ArrayList<>();
        all.add(breakdown("programme", "socle.quality.byProgramme", b.byProgramme(), k -> k));
        all.add(breakdown("modality", "socle.quality.byModality", b.byModality(), k -> text("socle.modality." + k)));
        all.add(breakdown("audience", "socle.quality.byAudience", b.byAudience(), k -> text("socle.quality.audience." + k)));
        all.add(breakdown("organisation", "socle.quality.byOrganisation", b.byOrganisation(), k -> names.getOrDefault(k, k)));
        all.add(breakdown("period", "socle.quality.byPeriod." + b.period(), b.byPeriod(), k -> k));
        return all;
    }

    private Breakdown breakdown(String id, String titleKey, List<HoursBreakdown.Slice> slices, Function<String, String> label) {
        List<Slice> rows = slices.stream().map(s -> new Slice(s.key() == null ? text("socle.quality.unknown") : label.apply(s.key()), s.minutes(),
                Formats.minutesAsHours(s.minutes()))).toList();
        String title = text(titleKey);
        String chart = Charts.bar(title, rows.stream().map(Slice::label).toList(),
                List.of(new Charts.Series(text("socle.progress.hoursUnit"), rows.stream().map(r -> Math.round(r.minutes() / 6.0) / 10.0).toList())),
                false);
        return new Breakdown(id, title, chart, rows, slices.stream().mapToInt(HoursBreakdown.Slice::minutes).sum());
    }

    public String file(Indicator indicator) {
        return QualiopiPack.file(indicator);
    }

    public List<HoursBreakdown.Period> getPeriods() {
        return Arrays.asList(HoursBreakdown.Period.values());
    }

    public List<SelectItem> getOrganisations() {
        return organisationItems;
    }

    public List<String> getProgrammes() {
        return programmes;
    }

    public String getOrganisationName() {
        return qualiopi() == null ? "" : qualiopi().name();
    }

    private static String text(String key) {
        return ProgressView.text(key);
    }

    private static Locale locale() {
        return ProgressView.locale();
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme == null || programme.isBlank() ? null : programme; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public HoursBreakdown.Period getPeriod() { return period; }
    public void setPeriod(HoursBreakdown.Period period) { this.period = period; }
    public Indicator getSelected() { return selected; }
}

package fr.socle.reporting.boundary;

import fr.socle.platform.Formats;
import fr.socle.platform.ErrorPages;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import fr.socle.reporting.control.CohortGrid;
import fr.socle.reporting.control.RiskRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** teach/cohort.xhtml?session=…[&amp;days=…]: a session's grid, its totals and its learners at risk, for those who run it. */
@Named
@RequestScoped
public class CohortView {

    @Inject
    Reports reports;

    @Inject
    CurrentCaller current;

    private String sessionId;
    private Integer days;
    private Reports.Cohort cohort;

    public void load() throws IOException {
        try {
            cohort = reports.cohortAndRisks(current.require(), sessionId, days);
        } catch (Problem p) {
            ErrorPages.send(p.kind().status);
        }
    }

    public Reports.Cohort getCohort() {
        return cohort;
    }

    /**
     * Null before {@link #load}: on a post of the page's positioning forms ({@link PositioningView}) the
     * view is restored, tables included, before the page's action loads the cohort again.
     */
    public CohortGrid getGrid() {
        return cohort == null ? null : cohort.grid();
    }

    public List<RiskRules.AtRisk> getAtRisk() {
        return cohort == null ? List.of() : cohort.atRisk();
    }

    public String getProgrammeTitle() {
        return cohort.session().getVersion().getTitle();
    }

    /** One cell in words: status, best score, minutes (colour only repeats the status). */
    public String cell(CohortGrid.Row row, int column) {
        CohortGrid.Cell c = row.cells().get(column);
        Locale locale = locale();
        String status = "socle.cohort.status." + c.status();
        StringBuilder text = new StringBuilder(Messages.get(locale, status));
        if (c.score() != null) {
            text.append(" · ").append(Messages.get(locale, "socle.cohort.score", c.score()));
        }
        if (c.minutes() != 0) {
            text.append(" · ").append(Formats.minutesAsHours(c.minutes()));
        }
        return text.toString();
    }

    public String status(CohortGrid.Row row, int column) {
        return row.cells().get(column).status().name();
    }

    public String moduleTotal(int column) {
        CohortGrid.ModuleTotal t = getGrid().totals().modules().get(column);
        return Messages.get(locale(), "socle.cohort.moduleTotal", t.completed(), t.inProgress(), Formats.minutesAsHours(t.minutes()));
    }

    public String getStatusTotals() {
        CohortGrid.Totals t = getGrid().totals();
        return Messages.get(locale(), "socle.cohort.statusTotals", t.completed(), t.inProgress(), t.notStarted());
    }

    public String reason(RiskRules.Reason r) {
        return switch (r.kind()) {
            case INACTIVE -> Messages.get(locale(), "socle.risk.inactive", r.days());
            case FAILED_QUIZ -> Messages.get(locale(), "socle.risk.failedQuiz", r.activity(), r.module(), r.score(), r.attempts());
        };
    }

    public String when(java.time.Instant instant) {
        return instant == null ? Messages.get(locale(), "socle.risk.never")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(instant.atZone(Formats.PARIS));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getSessionId() { return sessionId; }
    public void setSessionId(String sessionId) { this.sessionId = sessionId; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
}

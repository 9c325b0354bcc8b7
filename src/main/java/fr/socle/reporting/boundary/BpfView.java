package fr.socle.reporting.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Downloads;
import fr.socle.platform.ErrorPages;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import fr.socle.platform.Xlsx;
import fr.socle.reporting.control.BpfFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * admin/bpf.xhtml?organisation=…&amp;year=…: the BPF frames F-1 and F-3 of an organisation the caller
 * administers, the learners behind each line on demand, and the figures as PDF, XLSX or CSV.
 */
@Named
@RequestScoped
public class BpfView {

    @Inject
    Bpf bpf;

    @Inject
    Organisations organisations;

    @Inject
    CurrentCaller current;

    @Inject
    Clock clock;

    @Inject
    FacesMessages messages;

    private String organisationId;
    private Integer year;
    private List<Organisation> administered;
    private Bpf.Report report;

    public void load() throws IOException {
        var caller = current.require();
        administered = organisations.administered(caller);
        if (organisationId == null && !administered.isEmpty()) {
            organisationId = administered.get(0).getId();
        }
        if (year == null) {
            year = clock.now().atZone(Formats.PARIS).getYear() - 1;
        }
        try {
            report = bpf.figures(caller, organisationId, year);
        } catch (Problem p) {
            ErrorPages.send(p.kind().status);
        }
    }

    public void pdf() throws IOException {
        send(() -> bpf.pdf(current.require(), organisationId, year), "application/pdf", "pdf");
    }

    public void xlsx() throws IOException {
        send(() -> bpf.xlsx(current.require(), organisationId, year), Xlsx.MEDIA_TYPE, "xlsx");
    }

    public void csv() throws IOException {
        send(() -> bpf.csv(current.require(), organisationId, year), "text/csv; charset=UTF-8", "csv");
    }

    private void send(java.util.function.Supplier<byte[]> file, String type, String extension) throws IOException {
        try {
            Downloads.send(file.get(), type, Bpf.fileName(year, extension));
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    /** F-1 lines a to e, then the total. */
    public List<BpfFigures.Line> getF1() {
        if (report == null) {
            return List.of(); // a postback (a download): the figures are read by the action, not the page
        }
        return report.figures().f1();
    }

    /** F-3 line a, its "dont" sub-lines, b to f, then the total. */
    public List<BpfFigures.Line> getF3() {
        if (report == null) {
            return List.of();
        }
        return report.figures().f3();
    }

    /** A line's wording in the caller's language: the Cerfa's own French, or its translation. */
    public String label(BpfFigures.Line line) {
        return BpfFigures.wording(line.frame(), line.line(), ProgressView.locale());
    }

    /** The years one may choose: from 2000 to next year, the latest first. */
    public List<Integer> getYears() {
        int last = clock.now().atZone(Formats.PARIS).getYear() + 1;
        return IntStream.rangeClosed(Bpf.FIRST_YEAR, last).map(i -> last - (i - Bpf.FIRST_YEAR)).boxed().toList();
    }

    public List<Organisation> getOrganisations() {
        return administered;
    }

    public Bpf.Report getReport() {
        return report;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}

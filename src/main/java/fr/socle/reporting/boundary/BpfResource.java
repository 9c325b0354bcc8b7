package fr.socle.reporting.boundary;

import fr.socle.platform.Downloads;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import fr.socle.platform.Xlsx;
import fr.socle.reporting.control.BpfFigures;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organisation's BPF figures (Cerfa 10443, frames F-1 and F-3) for a financial year, as JSON or as
 * a file: {@code organisations/{id}/bpf/2025}, {@code …/2025.csv}, {@code …/2025.xlsx}, {@code …/2025.pdf}.
 * Its administrators only (404 for anyone else); 400 for a year that is not a number from 2000 to next year.
 */
@Path("organisations/{id}/bpf")
@ApiAccess
@Tag(name = "Progress reports")
public class BpfResource {

    @Inject
    Bpf bpf;

    @Inject
    CurrentCaller current;

    public record LearnerOutput(String learnerId, String name, String profileType, long minutes, long hours, boolean counted) {
    }

    public record LineOutput(String frame, String line, String label, boolean detail, int trainees, long hours, long minutes,
                             List<LearnerOutput> learners) {
        static LineOutput of(BpfFigures.Line l) {
            return new LineOutput(l.frame(), l.line(), l.label(), l.detail(), l.trainees(), l.hours(), l.minutes(), l.learners().stream()
                    .map(m -> new LearnerOutput(m.learnerId(), m.displayName(), m.type() == null ? null : m.type().name(), m.minutes(),
                            m.hours(), m.counted())).toList());
        }
    }

    /** F-1 lines a to e then its total; F-3 line a, its "dont" sub-lines (detail), b to f, then its total. */
    public record BpfOutput(String organisationId, String organisation, int year, int trainees, long hours, long minutes,
                            List<LineOutput> f1, List<LineOutput> f3) {
    }

    @GET
    @Path("{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The BPF figures of a year (calendar year, Paris time): trainees and trainee-hours by trainee type (F-1) "
            + "and by objective (F-3), with the learners behind each line (the organisation's administrators)")
    public BpfOutput read(@PathParam("id") String id, @PathParam("year") String year) {
        Bpf.Report r = bpf.figures(current.require(), id, year(year));
        BpfFigures f = r.figures();
        return new BpfOutput(r.organisationId(), r.organisation(), f.year().getValue(), f.trainees(), f.typeTotal().hours(),
                f.typeTotal().minutes(), f.f1().stream().map(LineOutput::of).toList(), f.f3().stream().map(LineOutput::of).toList());
    }

    @GET
    @Path("{year}.csv")
    @Produces("text/csv")
    @Operation(summary = "The BPF figures of a year as CSV for French spreadsheets (the organisation's administrators)")
    public Response csv(@PathParam("id") String id, @PathParam("year") String year) {
        int y = year(year);
        return file(bpf.csv(current.require(), id, y), "text/csv; charset=UTF-8", Bpf.fileName(y, "csv"));
    }

    @GET
    @Path("{year}.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The BPF figures of a year as an Excel workbook: sheets F-1, F-3 and the learners (the organisation's administrators)")
    public Response xlsx(@PathParam("id") String id, @PathParam("year") String year) {
        int y = year(year);
        return file(bpf.xlsx(current.require(), id, y), Xlsx.MEDIA_TYPE, Bpf.fileName(y, "xlsx"));
    }

    @GET
    @Path("{year}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The BPF figures of a year as a tagged PDF in French (the organisation's administrators)")
    public Response pdf(@PathParam("id") String id, @PathParam("year") String year) {
        int y = year(year);
        return file(bpf.pdf(current.require(), id, y), "application/pdf", Bpf.fileName(y, "pdf"));
    }

    static Response file(byte[] bytes, String type, String name) {
        return Downloads.file(bytes, type, name);
    }

    private static int year(String year) {
        if (year == null || !year.matches("[0-9]{1,4}")) {
            throw Problem.badRequest("socle.bpf.badYear", String.valueOf(Bpf.FIRST_YEAR), String.valueOf(java.time.Year.now().getValue() + 1));
        }
        return Integer.parseInt(year);
    }
}

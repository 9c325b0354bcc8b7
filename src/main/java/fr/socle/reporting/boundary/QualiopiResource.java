package fr.socle.reporting.boundary;

import fr.socle.platform.Downloads;
import fr.socle.platform.Formats;
import fr.socle.platform.Clock;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Period;
import fr.socle.reporting.control.QualiopiIndicators;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's Qualiopi indicators, with the rows behind each figure, and its audit pack. */
@Path("organisations/{id}/qualiopi")
@ApiAccess
@Tag(name = "Quality reports")
public class QualiopiResource {

    public record FigureOutput(String indicator, String qualiopi, long numerator, long denominator, Double rate, java.math.BigDecimal mean,
                               long scoredResponses, List<QualiopiIndicators.Row> rows) {
    }

    public record QualiopiOutput(String organisationId, String name, String programme, LocalDate from, LocalDate to, List<FigureOutput> figures) {
    }

    @Inject
    Quality quality;

    @Inject
    CurrentCaller current;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An organisation's Qualiopi indicators over a period (from, to: ISO dates, Paris days; the current year by default), "
            + "for one programme or all; each figure with the rows behind it (its administrators and trainers)")
    public QualiopiOutput read(@PathParam("id") String id, @QueryParam("programme") String programme, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        Period period = period(from, to, clock.now());
        var q = quality.qualiopi(current.require(), id, programme, period.from(), period.to());
        return new QualiopiOutput(q.organisationId(), q.name(), q.programme(), q.from(), q.to(), q.figures().values().stream()
                .map(f -> new FigureOutput(f.indicator().name(), f.indicator().qualiopi(), f.numerator(), f.denominator(), f.rate(), f.mean(),
                        f.responses(), f.rows()))
                .toList());
    }

    @GET
    @Path("pack")
    @Produces("application/zip")
    @Operation(summary = "The Qualiopi audit pack (ZIP): index.pdf with every indicator and the file evidencing it, one CSV per indicator, "
            + "the satisfaction responses, hours delivered, programmes, complaints log and improvement actions")
    public Response pack(@PathParam("id") String id, @QueryParam("programme") String programme, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        Period period = period(from, to, clock.now());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            quality.pack(current.require(), id, programme, period.from(), period.to(), zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StreamingOutput body = out -> out.write(bytes.toByteArray());
        return Downloads.file(body, "application/zip", fileName(period.from(), period.to()));
    }

    /** The pack's file name, here and as a background export. */
    static String fileName(LocalDate from, LocalDate to) {
        return "dossier-qualiopi-" + from + "-" + to + ".zip";
    }

    /** The period asked for: ISO dates, the current calendar year (Paris) for what is left out; 400 when unreadable. */
    static Period period(String from, String to, java.time.Instant now) {
        Period year = Period.yearOf(now.atZone(Formats.PARIS).toLocalDate());
        return Period.parse(from, to, year.from(), year.to());
    }
}

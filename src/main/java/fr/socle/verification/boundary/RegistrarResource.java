package fr.socle.verification.boundary;

import fr.socle.platform.Downloads;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Role;
import fr.socle.platform.Period;
import fr.socle.platform.Xlsx;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registrars: bulk verification and the read-only register across organisations. Every call is logged. */
@Path("")
@ApiAccess({Role.REGISTRAR, Role.PLATFORM_ADMIN})
@Tag(name = "Verification")
public class RegistrarResource {

    @Inject
    Registrar registrar;

    @Inject
    CurrentCaller current;

    /** A line of the register. */
    public record RegisterOutput(String code, String status, String kind, String holderName, String title, String programme, int minutes,
                                 Integer level, Instant issuedAt, LocalDate expiresOn, Instant revokedAt, String organisation,
                                 String issuer) {
        static RegisterOutput of(Registrar.Entry e) {
            var c = e.certificate();
            return new RegisterOutput(c.getCode(), e.status().name(), c.getKind().name(), c.getHolderName(), c.getTitle(), c.getProgrammeCode(),
                    c.getMinutes(), c.getLevel(), c.getIssuedAt(), c.getExpiresOn(), c.getRevokedAt(), e.organisation(), e.issuer());
        }
    }

    @GET
    @Path("register")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The register of documents across organisations, read-only (registrars); 'q' searches holder, title and code; "
            + "'programme' (code), 'from' and 'to' (issued between, days yyyy-MM-dd, Paris time) and 'organisation' (id of the training "
            + "organisation or issuer) filter it")
    public List<RegisterOutput> search(@QueryParam("q") String q, @QueryParam("programme") String programme, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("organisation") String organisation) {
        return registrar.search(current.require(), filter(q, programme, from, to, organisation)).stream().map(RegisterOutput::of).toList();
    }

    @GET
    @Path("register.csv")
    @Produces("text/csv")
    @Operation(summary = "The register as CSV, for the same search and filters (registrars)")
    public Response export(@QueryParam("q") String q, @QueryParam("programme") String programme, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("organisation") String organisation) {
        return Downloads.file(registrar.exportCsv(current.require(), filter(q, programme, from, to, organisation)), "text/csv; charset=UTF-8",
                "registre.csv");
    }

    @GET
    @Path("register.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The register as an Excel workbook, for the same search and filters (registrars)")
    public Response exportXlsx(@QueryParam("q") String q, @QueryParam("programme") String programme, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("organisation") String organisation) {
        return Downloads.file(registrar.exportXlsx(current.require(), filter(q, programme, from, to, organisation)), Xlsx.MEDIA_TYPE,
                "registre.xlsx");
    }

    private static Registrar.Filter filter(String q, String programme, String from, String to, String organisation) {
        LocalDate start = Period.day(from);
        LocalDate end = Period.day(to);
        Period.check(start, end);
        return new Registrar.Filter(q, programme, start, end, organisation);
    }

    /** A registrar's consultation, as the log keeps it. */
    public record ConsultationOutput(Instant at, String accountId, String action, String detail, int results) {
    }

    @GET
    @Path("register/consultations")
    @Produces(MediaType.APPLICATION_JSON)
    @ApiAccess(Role.PLATFORM_ADMIN)
    @Operation(summary = "The latest registrar consultations (verifications, bulk files, searches, exports), newest first "
            + "(platform administrators)")
    public List<ConsultationOutput> consultations() {
        return registrar.consultations(current.require()).stream()
                .map(c -> new ConsultationOutput(c.getAt(), c.getAccountId(), c.getAction(), c.getDetail(), c.getResults())).toList();
    }
}

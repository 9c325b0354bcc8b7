package fr.socle.identity.boundary;

import fr.socle.platform.ValidDay;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.identity.entity.TrainerQualification;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organisation's trainers and their qualifications: its administrators list them, record and
 * withdraw qualifications (never delete: they are evidence); a trainer of the organisation sees its own.
 */
@Path("organisations/{id}/trainers")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Organisations")
public class TrainersResource {

    @Inject
    Trainers trainers;

    @Inject
    CurrentCaller current;

    /** A qualification to record. A class: see OrganisationInput. */
    public static class QualificationInput {
        @NotBlank(message = "{socle.trainer.titleRequired}")
        @Size(max = 300, message = "{socle.trainer.titleRequired}")
        public String title;

        @NotBlank(message = "{socle.trainer.awardedByRequired}")
        @Size(max = 300, message = "{socle.trainer.awardedByRequired}")
        public String awardedBy;

        @NotNull(message = "{socle.trainer.obtainedOnRequired}")
        @ValidDay
        public LocalDate obtainedOn;

        @ValidDay
        public LocalDate validUntil;

        @Size(max = 2000, message = "{socle.trainer.descriptionTooLong}")
        public String description;
    }

    /** Why a qualification is withdrawn. */
    public static class WithdrawalInput {
        @NotBlank(message = "{socle.trainer.reasonRequired}")
        @Size(max = 1000, message = "{socle.trainer.reasonRequired}")
        public String reason;
    }

    public record QualificationOutput(String id, String trainerId, String title, String awardedBy, LocalDate obtainedOn, LocalDate validUntil,
                                      String description, Instant recordedAt, boolean withdrawn, Instant withdrawnAt, String withdrawalReason) {
        static QualificationOutput of(TrainerQualification q) {
            return new QualificationOutput(q.getId(), q.getTrainerId(), q.getTitle(), q.getAwardedBy(), q.getObtainedOn(), q.getValidUntil(),
                    q.getDescription(), q.getRecordedAt(), q.isWithdrawn(), q.getWithdrawnAt(), q.getWithdrawalReason());
        }
    }

    public record TrainerOutput(String accountId, String name, String email, List<QualificationOutput> qualifications) {
    }

    @GET
    @Operation(summary = "The organisation's trainers with their qualifications (withdrawn ones marked); a trainer sees its own")
    public List<TrainerOutput> list(@PathParam("id") String id) {
        return trainers.list(current.require(), id).stream().map(t -> new TrainerOutput(t.accountId(), t.name(), t.email(),
                t.qualifications().stream().map(QualificationOutput::of).toList())).toList();
    }

    @POST
    @Path("{trainer}/qualifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a qualification of one of the organisation's trainers (its administrators)")
    public Response record(@PathParam("id") String id, @PathParam("trainer") String trainer,
                           @Valid @NotNull(message = "{socle.api.bodyRequired}") QualificationInput input) {
        var q = trainers.record(current.require(), id, trainer, input.title, input.awardedBy, input.obtainedOn, input.validUntil,
                input.description);
        return Response.status(Response.Status.CREATED).entity(QualificationOutput.of(q)).build();
    }

    @POST
    @Path("{trainer}/qualifications/{qualification}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraws a qualification: it stays, marked, with the reason (its organisation's administrators)")
    public QualificationOutput withdraw(@PathParam("id") String id, @PathParam("trainer") String trainer,
                                        @PathParam("qualification") String qualification,
                                        @Valid @NotNull(message = "{socle.api.bodyRequired}") WithdrawalInput input) {
        return QualificationOutput.of(trainers.withdraw(current.require(), id, trainer, qualification, input.reason));
    }
}

package fr.socle.learning.boundary;

import fr.socle.learning.entity.LearnerProfile;
import fr.socle.learning.entity.Mandate;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A learner's profile: type, agent fields, élu mandates (never the NIR, never a political affiliation). */
@Path("accounts/{id}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Learner profiles")
public class LearnerProfilesResource {

    public record MandateOutput(String id, Mandate.Type type, String collectivite, LocalDate start, LocalDate end, String delegation) {
    }

    public record ProfileOutput(String accountId, ProfileType type, String employerSiret, LearnerProfile.Category category,
                                String filiere, String cadreEmplois, LearnerProfile.AgentStatus agentStatus, List<MandateOutput> mandates) {
        static ProfileOutput of(LearnerProfile p) {
            return new ProfileOutput(p.getAccountId(), p.getType(), p.getEmployerSiret(), p.getCategory(), p.getFiliere(), p.getCadreEmplois(),
                    p.getAgentStatus(), p.getMandates().stream().map(m -> new MandateOutput(m.getId(), m.getType(), m.getCollectivite(),
                    m.getStart(), m.getEnd(), m.getDelegation())).toList());
        }
    }

    public record ProfileInput(ProfileType type, String employerSiret, LearnerProfile.Category category, String filiere,
                               String cadreEmplois, LearnerProfile.AgentStatus agentStatus) {
    }

    public record MandateInput(Mandate.Type type, String collectivite, LocalDate start, LocalDate end, String delegation) {
    }

    @Inject
    LearnerProfiles profiles;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The learner profile of an account (itself, or one of the caller's organisations)")
    public ProfileOutput read(@PathParam("id") String id) {
        return ProfileOutput.of(profiles.profile(current.require(), id));
    }

    @PUT
    @Operation(summary = "Changes the profile; agent fields are kept for agents only; the employer's SIRET is checked")
    public ProfileOutput change(@PathParam("id") String id, ProfileInput input) {
        if (input == null) {
            throw Problem.badRequest("socle.api.bodyRequired");
        }
        return ProfileOutput.of(profiles.change(current.require(), id, input.type(), input.employerSiret(), input.category(),
                input.filiere(), input.cadreEmplois(), input.agentStatus()));
    }

    @POST
    @Path("mandates")
    @Operation(summary = "Adds an élu's mandate")
    public Response addMandate(@PathParam("id") String id, MandateInput input) {
        if (input == null) {
            throw Problem.badRequest("socle.api.bodyRequired");
        }
        profiles.addMandate(current.require(), id, input.type(), input.collectivite(), input.start(), input.end(), input.delegation());
        return Response.status(Response.Status.CREATED).entity(ProfileOutput.of(profiles.profile(current.require(), id))).build();
    }

    @DELETE
    @Path("mandates/{mandate}")
    @Operation(summary = "Removes a mandate")
    public Response removeMandate(@PathParam("id") String id, @PathParam("mandate") String mandate) {
        profiles.removeMandate(current.require(), id, mandate);
        return Response.noContent().build();
    }
}

package fr.socle.catalogue.boundary;

import fr.socle.catalogue.entity.CompetenceFramework;
import fr.socle.platform.ApiAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Competence frameworks (Pix/CRCN, titres professionnels): public reference data. */
@Path("competence-frameworks")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess(anonymous = true)
@Tag(name = "Competence frameworks")
public class CompetenceFrameworksResource {

    public record Entry(String code, String title, String description) {
    }

    public record Domain(String code, String title, List<Entry> competences) {
    }

    public record Mapping(String from, String toFramework, String toCode) {
    }

    public record Framework(String code, String version, String title, String description, Integer levels,
                            List<Domain> domains, List<Mapping> mappings) {
    }

    public record Summary(String code, String version, String title, Integer levels) {
    }

    @Inject
    CompetenceFrameworks frameworks;

    @GET
    @Operation(summary = "Every framework version the instance has")
    public List<Summary> list() {
        return frameworks.all().stream().map(f -> new Summary(f.getCode(), f.getVersion(), f.getTitle(), f.getLevels())).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The newest version of a framework, its domains, competences and mappings to other frameworks")
    public Framework read(@PathParam("code") String code) {
        CompetenceFramework f = frameworks.find(code);
        List<Domain> domains = f.getDomains().stream().map(d -> new Domain(d.getCode(), d.getTitle(),
                f.getCompetences().stream().filter(c -> c.getParent() != null && c.getParent().getId().equals(d.getId()))
                        .map(c -> new Entry(c.getCode(), c.getTitle(), c.getDescription())).toList())).toList();
        List<Mapping> mappings = frameworks.mappings(f).stream().map(m -> new Mapping(m.getFrom().getCode(),
                m.getTo().getFramework().getCode(), m.getTo().getCode())).toList();
        return new Framework(f.getCode(), f.getVersion(), f.getTitle(), f.getDescription(), f.getLevels(), domains, mappings);
    }

}

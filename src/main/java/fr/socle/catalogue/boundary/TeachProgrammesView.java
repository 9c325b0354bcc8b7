package fr.socle.catalogue.boundary;

import fr.socle.platform.BodyLimits;
import fr.socle.catalogue.control.CourseFiles;
import jakarta.enterprise.event.Observes;
import fr.socle.catalogue.entity.Programme;
import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** teach/programmes.xhtml: the programmes a trainer writes, and a form to start a new one. */
@Named
@ViewScoped
public class TeachProgrammesView implements Serializable {

    /** A zip of course files, imported on this page or through the API, takes the course files' limit. */
    static void bodyLimits(@Observes BodyLimits.Routes routes) {
        routes.add(CourseFiles.MAX_BYTES, "/teach/programmes.xhtml", "/api/v1/programmes/import");
    }


    private static final long serialVersionUID = 1L;

    @Inject
    transient Programmes programmes;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private ProgrammeInput form = new ProgrammeInput();
    private String importOrganisationId;
    private transient jakarta.servlet.http.Part upload;

    @PostConstruct
    void init() {
        form.setAudience(Audience.AGENT);
    }

    public List<Programme> getProgrammes() {
        return programmes.editable(current.require());
    }

    /** The organisations where the caller may write programmes. */
    public List<Organisation> getOrganisations() {
        return organisations.taught(current.require());
    }

    public void create() throws IOException {
        try {
            Programme p = programmes.create(current.require(), form.getOrganisationId(), form.getCode(), form.header());
            messages.info("socle.authoring.created", p.getCode());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/teach/programme.xhtml?code=" + p.getCode());
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    /** Imports an uploaded zip of course files for one of the caller's organisations. */
    public void importZip() {
        if (upload == null || upload.getSize() == 0) {
            messages.error(null, "socle.authoring.noFile");
            return;
        }
        try (var in = upload.getInputStream()) {
            var report = programmes.importFiles(current.require(), importOrganisationId,
                    CourseFiles.fromZip(in));
            messages.info("socle.authoring.imported", String.join(", ", report.published()), String.join(", ", report.unchanged()));
        } catch (CourseFiles.InvalidArchive e) {
            messages.problem(Problem.badRequest("socle.catalogue.badArchive", e.getMessage()));
        } catch (Problem p) {
            messages.problem(p);
        } catch (IOException e) {
            messages.problem(Problem.badRequest("socle.catalogue.badArchive", e.getMessage()));
        }
    }

    public String getImportOrganisationId() {
        return importOrganisationId;
    }

    public void setImportOrganisationId(String importOrganisationId) {
        this.importOrganisationId = importOrganisationId;
    }

    public jakarta.servlet.http.Part getUpload() {
        return upload;
    }

    public void setUpload(jakarta.servlet.http.Part upload) {
        this.upload = upload;
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public ProgrammeInput getForm() {
        return form;
    }
}

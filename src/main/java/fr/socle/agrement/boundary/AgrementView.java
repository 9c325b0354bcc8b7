package fr.socle.agrement.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.ErrorPages;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** admin/agrement.xhtml?organisation=…: an organisation's agrément to train élus, its deadlines, its history, a new decision. */
@Named
@ViewScoped
public class AgrementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Agrements agrements;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Formats formats;

    private String organisationId;
    private List<Organisation> administered;
    private AgrementStanding standing;
    private boolean administrable;
    private AgrementInput form = new AgrementInput();

    public void load() throws IOException {
        var caller = current.require();
        administered = organisations.administered(caller);
        if ((organisationId == null || organisationId.isBlank()) && !administered.isEmpty()) {
            organisationId = administered.get(0).getId();
        }
        try {
            standing = agrements.standing(caller, organisationId);
            administrable = caller.canAdminister(standing.organisationId());
            form = new AgrementInput(standing.current() == null ? AgrementKind.INITIAL : AgrementKind.RENOUVELLEMENT, null, null, null, null);
        } catch (Problem p) {
            ErrorPages.send(p.kind().status);
        }
    }

    public void save() {
        try {
            standing = agrements.record(current.require(), standing.organisationId(), form);
            messages.info("socle.agrement.recorded", standing.current().number(), formats.day(standing.current().lastDay()));
            form = new AgrementInput(AgrementKind.RENOUVELLEMENT, null, null, null, null);
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public List<Organisation> getOrganisations() {
        return administered;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public AgrementStanding getStanding() {
        return standing;
    }

    public boolean isAdministrable() {
        return administrable;
    }

    public AgrementInput getForm() {
        return form;
    }

    public AgrementKind[] getKinds() {
        return AgrementKind.values();
    }
}

package fr.socle.organisation.boundary;

import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.ErrorPages;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** admin/organisation.xhtml?id=...: edit an organisation (its members are identity's {@code MembersView}). */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String id;
    private long version;
    private boolean administrable;

    private OrganisationInput form = new OrganisationInput();
    private List<Organisation> parents;

    /** Loads the organisation named by the id parameter; an unknown or foreign one is a 404. */
    public void load() throws IOException {
        try {
            var caller = current.require();
            Organisation o = organisations.find(caller, id);
            administrable = caller.canAdminister(o.getId());
            form = new OrganisationInput(o.getName(), o.getKind(), o.getSiret(), o.getParent() == null ? null : o.getParent().getId());
            version = o.getVersion();
            List<Organisation> choices = new ArrayList<>(organisations.administered(caller).stream().filter(p -> !p.isWithin(o)).toList());
            if (o.getParent() != null && choices.stream().noneMatch(p -> p.getId().equals(o.getParent().getId()))) {
                choices.add(0, o.getParent());
            }
            parents = choices;
        } catch (Problem p) {
            ErrorPages.send(404);
        }
    }

    public void save() {
        try {
            Organisation o = organisations.update(current.require(), id, form, version);
            version = o.getVersion();
            messages.info("socle.organisation.saved", o.getName());
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isAdministrable() {
        return administrable;
    }

    public OrganisationInput getForm() {
        return form;
    }

    public List<Organisation> getParents() {
        return parents;
    }
}

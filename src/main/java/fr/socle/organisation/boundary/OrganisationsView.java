package fr.socle.organisation.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** admin/organisations.xhtml: the organisations the administrator sees, and a form to create one. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String query;
    private List<Organisation> list;
    private List<Organisation> parents;

    private OrganisationInput form = new OrganisationInput();

    @PostConstruct
    void init() {
        search();
        parents = organisations.administered(current.require());
    }

    public void search() {
        list = organisations.list(current.require(), query, 0, Organisations.MAX_PAGE);
    }

    public void create() {
        try {
            Organisation created = organisations.create(current.require(), form);
            messages.info("socle.organisation.created", created.getName());
            form = new OrganisationInput();
            search();
            parents = organisations.administered(current.require());
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<Organisation> getList() {
        return list;
    }

    public List<Organisation> getParents() {
        return parents;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public OrganisationInput getForm() {
        return form;
    }
}

package fr.socle.organisation.boundary;

import fr.socle.identity.boundary.CurrentCaller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.entity.OrganisationKind;
import fr.socle.organisation.entity.ValidSiret;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

    @NotBlank(message = "{socle.organisation.name.required}")
    @Size(max = Organisation.NAME_MAX, message = "{socle.organisation.name.size}")
    private String name;
    @NotNull(message = "{socle.organisation.kind.required}")
    private OrganisationKind kind;
    @ValidSiret
    private String siret;
    private String parentId;

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
            Organisation created = organisations.create(current.require(), new OrganisationInput(name, kind, siret, parentId));
            messages.info("socle.organisation.created", created.getName());
            name = null;
            kind = null;
            siret = null;
            parentId = null;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }
}

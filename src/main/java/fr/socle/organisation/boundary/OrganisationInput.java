package fr.socle.organisation.boundary;

import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.entity.ValidSiret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a caller sends to create or change an organisation, and what the pages' forms edit. A bean rather than a
 * record: Payara's OpenAPI scanner mistakes constrained record-constructor parameters for path
 * parameters and fails.
 */
public class OrganisationInput implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{socle.organisation.name.required}")
    @Size(max = Organisation.NAME_MAX, message = "{socle.organisation.name.size}")
    private String name;

    @NotNull(message = "{socle.organisation.kind.required}")
    private OrganisationKind kind;

    @ValidSiret
    private String siret;

    /** The mutualisation structure this organisation is a member of, if any. */
    private String parentId;

    public OrganisationInput() {
    }

    public OrganisationInput(String name, OrganisationKind kind, String siret, String parentId) {
        this.name = name;
        this.kind = kind;
        this.siret = siret;
        this.parentId = parentId;
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

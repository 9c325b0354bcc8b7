package fr.socle.organisation.boundary;

import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.entity.OrganisationKind;
import fr.socle.organisation.entity.ValidSiret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a caller sends to create or change an organisation. A class with fields rather than a
 * record: Payara's OpenAPI scanner mistakes constrained record-constructor parameters for path
 * parameters and fails.
 */
public class OrganisationInput {

    @NotBlank(message = "{socle.organisation.name.required}")
    @Size(max = Organisation.NAME_MAX, message = "{socle.organisation.name.size}")
    public String name;

    @NotNull(message = "{socle.organisation.kind.required}")
    public OrganisationKind kind;

    @ValidSiret
    public String siret;

    /** The mutualisation structure this organisation is a member of, if any. */
    public String parentId;

    public OrganisationInput() {
    }

    public OrganisationInput(String name, OrganisationKind kind, String siret, String parentId) {
        this.name = name;
        this.kind = kind;
        this.siret = siret;
        this.parentId = parentId;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String siret() {
        return siret;
    }

    public String parentId() {
        return parentId;
    }
}

package fr.socle.identity.boundary;

import fr.socle.platform.Role;
import jakarta.validation.constraints.NotNull;

/** A role in an organisation (no organisation for PLATFORM_ADMIN). A class: see OrganisationInput. */
public class GrantInput {

    public String organisationId;

    @NotNull(message = "{socle.account.role.required}")
    public Role role;

    public GrantInput() {
    }

    public GrantInput(String organisationId, Role role) {
        this.organisationId = organisationId;
        this.role = role;
    }

    public String organisationId() {
        return organisationId;
    }

    public Role role() {
        return role;
    }
}

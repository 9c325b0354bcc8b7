package fr.socle.identity.boundary;

import fr.socle.identity.entity.NameChange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's request for another name: the name, and why (optional). A class: see OrganisationInput. */
public class NameRequestInput {

    @NotBlank(message = "{socle.nameChange.name.size}")
    @Size(max = NameChange.NAME_MAX, message = "{socle.nameChange.name.size}")
    public String requestedName;

    @Size(max = NameChange.TEXT_MAX, message = "{socle.nameChange.reason.size}")
    public String reason;
}

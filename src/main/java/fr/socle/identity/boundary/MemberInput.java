package fr.socle.identity.boundary;

import fr.socle.platform.Role;
import fr.socle.identity.control.PasswordPolicy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member to add to an organisation: its e-mail and role, and, used only when no account has this e-mail,
 * the name and initial password of the account to create, or, when an invitation is made instead, when it
 * lapses. A class: see OrganisationInput.
 */
public class MemberInput {

    @NotBlank(message = "{socle.account.email.required}")
    @Email(message = "{socle.account.email.invalid}")
    @Size(max = 254, message = "{socle.account.email.invalid}")
    public String email;

    @NotNull(message = "{socle.account.role.required}")
    public Role role;

    @Size(max = 200, message = "{socle.account.displayName.size}")
    public String displayName;

    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{socle.account.password.size}")
    public String password;

    /** When an invitation lapses, if one is made: in the future, within 90 days; by default after {@code socle.invitation.days}. */
    public java.time.Instant expiresAt;
}

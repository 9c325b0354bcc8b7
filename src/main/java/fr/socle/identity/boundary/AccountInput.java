package fr.socle.identity.boundary;

import fr.socle.identity.control.PasswordPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller sends to create or change an account. On change, a null password keeps the
 * current one and null roles keep the current roles. A class: see OrganisationInput.
 */
public class AccountInput {

    @NotBlank(message = "{socle.account.email.required}")
    @Email(message = "{socle.account.email.invalid}")
    @Size(max = 254, message = "{socle.account.email.invalid}")
    public String email;

    @NotBlank(message = "{socle.account.displayName.required}")
    @Size(max = 200, message = "{socle.account.displayName.size}")
    public String displayName;

    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{socle.account.password.size}")
    public String password;

    public List<@Valid GrantInput> roles;

    public AccountInput() {
    }

    public AccountInput(String email, String displayName, String password, List<GrantInput> roles) {
        this.email = email;
        this.displayName = displayName;
        this.password = password;
        this.roles = roles;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String password() {
        return password;
    }

    public List<GrantInput> roles() {
        return roles;
    }
}

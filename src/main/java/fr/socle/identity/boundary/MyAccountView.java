package fr.socle.identity.boundary;

import fr.socle.identity.control.PasswordPolicy;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** account/index.xhtml: one's own name, roles and password. */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private AccountOutput account;

    @NotBlank(message = "{socle.account.displayName.required}")
    @Size(max = 200, message = "{socle.account.displayName.size}")
    private String displayName;
    private String currentPassword;
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{socle.account.password.size}")
    private String newPassword;

    @PostConstruct
    void init() {
        var caller = current.require();
        account = AccountOutput.of(accounts.find(caller, caller.accountId()), caller);
        displayName = account.displayName();
    }

    public void rename() {
        try {
            accounts.renameSelf(current.require(), displayName);
            messages.info("socle.account.saved");
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public void changePassword() {
        try {
            accounts.changeOwnPassword(current.require(), currentPassword, newPassword);
            messages.info("socle.account.passwordChanged");
        } catch (Problem p) {
            messages.problem(p);
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public AccountOutput getAccount() {
        return account;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}

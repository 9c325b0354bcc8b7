package fr.socle.identity.boundary;

import fr.socle.identity.control.PasswordPolicy;
import fr.socle.platform.Clients;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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

    @Inject
    transient SignIns signIns;

    @Inject
    transient Clients clients;

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

    /**
     * A new password ends the account's other sessions and revokes its API tokens; this session goes on,
     * under a new id.
     */
    public void changePassword() {
        try {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            SignIns.Attempt a = signIns.changeOwnPassword(current.require(), currentPassword, newPassword, clients.key(request));
            if (a.refused()) {
                external.setResponseStatus(429);
                external.setResponseHeader("Retry-After", String.valueOf(a.retryAfterSeconds()));
                messages.error(null, a.outcome() == SignIns.Outcome.BUSY ? "socle.login.busy" : "socle.login.throttled",
                        a.retryAfterSeconds());
                return;
            }
            SessionCredentials.signedIn(request.getSession(), a.generation());
            request.changeSessionId();
            messages.info("socle.account.passwordChangedSessionsEnded");
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

package fr.socle.identity.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.identity.control.PasswordPolicy;
import fr.socle.identity.entity.NameChange;
import fr.socle.platform.Clock;
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
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * account/index.xhtml: one's own account. The name is shown, not typed: it is the name documents carry,
 * vouched for by one's organisations, so one asks for a change ({@link NameChanges}). Also one's roles,
 * the invitations of organisations to answer, and the password.
 */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient NameChanges nameChanges;

    @Inject
    transient Invitations invitations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Clock clock;

    @Inject
    transient SignIns signIns;

    @Inject
    transient Clients clients;

    private AccountOutput account;
    private List<NameChangeOutput> names;
    private List<InvitationOutput> openInvitations;

    @Size(max = NameChange.NAME_MAX, message = "{socle.nameChange.name.size}")
    private String requestedName;
    @Size(max = NameChange.TEXT_MAX, message = "{socle.nameChange.reason.size}")
    private String reason;
    private String currentPassword;
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{socle.account.password.size}")
    private String newPassword;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        var caller = current.require();
        account = AccountOutput.of(accounts.find(caller, caller.accountId()), caller);
        names = nameChanges.mine(caller).stream().map(NameChangeOutput::of).toList();
        var now = clock.now();
        openInvitations = invitations.mine(caller).stream().filter(i -> i.isOpen(now)).map(i -> InvitationOutput.of(i, now)).toList();
    }

    public void requestName() {
        try {
            nameChanges.request(current.require(), requestedName, reason);
            messages.info("socle.nameChange.requested");
            requestedName = null;
            reason = null;
        } catch (Problem p) {
            messages.problem(p);
        }
        load();
    }

    public void withdrawName() {
        NameChangeOutput pending = getPendingName();
        if (pending == null) {
            return;
        }
        try {
            nameChanges.withdraw(current.require(), pending.id());
            messages.info("socle.nameChange.withdrawn");
        } catch (Problem p) {
            messages.problem(p);
        }
        load();
    }

    public void acceptInvitation(String id) {
        try {
            var accepted = invitations.accept(current.require(), id);
            messages.info("socle.invitation.accepted", accepted.getOrganisation().getName());
        } catch (Problem p) {
            messages.problem(p);
        }
        load();
    }

    public void declineInvitation(String id) {
        try {
            var declined = invitations.decline(current.require(), id);
            messages.info("socle.invitation.declined", declined.getOrganisation().getName());
        } catch (Problem p) {
            messages.problem(p);
        }
        load();
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

    /** The request waiting for a decision, if any. */
    public NameChangeOutput getPendingName() {
        return names.stream().filter(n -> n.status() == NameChange.Status.PENDING).findFirst().orElse(null);
    }

    /** Every request and change of one's name, newest first. */
    public List<NameChangeOutput> getNames() {
        return names;
    }

    /** The invitations still waiting for an answer. */
    public List<InvitationOutput> getInvitations() {
        return openInvitations;
    }

    public String getRequestedName() {
        return requestedName;
    }

    public void setRequestedName(String requestedName) {
        this.requestedName = requestedName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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

package fr.socle.identity.boundary;

import fr.socle.identity.entity.Membership;
import fr.socle.platform.Clock;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import fr.socle.platform.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * admin/organisation.xhtml?id=...: the people of the organisation, for its administrators: its
 * members, the invitations not answered yet and the name-change requests waiting for a decision; add
 * and remove members. The organisation itself is {@code OrganisationView}'s.
 */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient Invitations invitationsFacade;

    @Inject
    transient NameChanges nameChanges;

    @Inject
    transient Clock clock;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String id;
    private boolean administrable;

    private List<Membership> members = List.of();
    private List<InvitationOutput> invitations = List.of();
    private List<NameChangeOutput> nameRequests = List.of();

    private String memberEmail;
    private String memberName;
    private String memberPassword;
    private Role memberRole = Role.LEARNER;

    /**
     * Loads the people of the organisation named by the id parameter, for its administrators; nothing
     * for anyone else (the organisation's page answers 404 for one the caller may not see).
     */
    public void load() {
        var caller = current.require();
        administrable = id != null && caller.canAdminister(id);
        try {
            members = administrable ? accounts.members(caller, id) : List.of();
            loadPeople();
        } catch (Problem p) {
            administrable = false;
            members = List.of();
            invitations = List.of();
            nameRequests = List.of();
        }
    }

    public void addMember() {
        try {
            var added = accounts.addMember(current.require(), id, memberEmail, memberName, memberPassword, memberRole);
            switch (added.outcome()) {
                case CREATED -> messages.info("socle.member.added", memberEmail);
                case GRANTED -> messages.info("socle.member.granted", memberEmail);
                case INVITED -> messages.info("socle.member.invited", memberEmail);
            }
            memberEmail = null;
            memberName = null;
            memberPassword = null;
            memberRole = Role.LEARNER;
            members = accounts.members(current.require(), id);
            loadPeople();
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    /** The pending invitations and name-change requests of this organisation, for its administrators. */
    private void loadPeople() {
        var caller = current.require();
        if (!administrable) {
            invitations = List.of();
            nameRequests = List.of();
            return;
        }
        var now = clock.now();
        invitations = invitationsFacade.ofOrganisation(caller, id, null).stream().map(i -> InvitationOutput.of(i, now)).toList();
        nameRequests = nameChanges.list(caller, id, null).stream().map(NameChangeOutput::of).toList();
    }

    public void cancelInvitation(String invitationId) {
        messages.attempt(() -> invitationsFacade.cancel(current.require(), invitationId), "socle.invitation.cancelled");
        loadPeople();
    }

    public void acceptName(String requestId) {
        messages.attempt(() -> nameChanges.accept(current.require(), requestId, null), "socle.nameChange.accepted");
        members = accounts.members(current.require(), id);
        loadPeople();
    }

    public void refuseName(String requestId) {
        messages.attempt(() -> nameChanges.refuse(current.require(), requestId, null), "socle.nameChange.refused");
        loadPeople();
    }

    public void removeMember(Membership m) {
        try {
            accounts.removeMember(current.require(), id, m.getAccount().getId(), m.getRole());
            members = accounts.members(current.require(), id);
            messages.info("socle.member.removed", m.getAccount().getEmail());
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    /** The roles this administrator may hand out here. */
    public List<Role> getRoles() {
        var caller = current.require();
        return Arrays.stream(Role.values()).filter(r -> !r.isPlatformWide() && caller.canGrant(r, id)).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isAdministrable() {
        return administrable;
    }

    public List<Membership> getMembers() {
        return members;
    }

    /** Invitations of people who have not answered yet: the e-mail typed, the role and the dates, nothing else. */
    public List<InvitationOutput> getInvitations() {
        return invitations;
    }

    /** Requests of members to change their name, waiting for a decision. */
    public List<NameChangeOutput> getNameRequests() {
        return nameRequests;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberPassword() {
        return memberPassword;
    }

    public void setMemberPassword(String memberPassword) {
        this.memberPassword = memberPassword;
    }

    public Role getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(Role memberRole) {
        this.memberRole = memberRole;
    }
}

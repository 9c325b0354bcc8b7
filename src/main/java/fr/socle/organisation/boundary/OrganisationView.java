package fr.socle.organisation.boundary;

import fr.socle.platform.ErrorPages;
import fr.socle.identity.boundary.Accounts;
import fr.socle.platform.CurrentCaller;
import fr.socle.identity.boundary.InvitationOutput;
import fr.socle.identity.boundary.Invitations;
import fr.socle.identity.boundary.NameChangeOutput;
import fr.socle.identity.boundary.NameChanges;
import fr.socle.platform.Clock;
import fr.socle.identity.entity.Membership;
import fr.socle.platform.Role;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** admin/organisation.xhtml?id=...: edit an organisation and manage its members. */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Organisations organisations;

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
    private long version;
    private boolean administrable;

    private OrganisationInput form = new OrganisationInput();
    private List<Organisation> parents;
    private List<Membership> members;
    private List<InvitationOutput> invitations = List.of();
    private List<NameChangeOutput> nameRequests = List.of();

    private String memberEmail;
    private String memberName;
    private String memberPassword;
    private Role memberRole = Role.LEARNER;

    /** Loads the organisation named by the id parameter; an unknown or foreign one is a 404. */
    public void load() throws IOException {
        try {
            var caller = current.require();
            Organisation o = organisations.find(caller, id);
            administrable = caller.canAdminister(o.getId());
            form = new OrganisationInput(o.getName(), o.getKind(), o.getSiret(), o.getParent() == null ? null : o.getParent().getId());
            version = o.getVersion();
            List<Organisation> choices = new java.util.ArrayList<>(organisations.administered(caller).stream().filter(p -> !p.isWithin(o)).toList());
            if (o.getParent() != null && choices.stream().noneMatch(p -> p.getId().equals(o.getParent().getId()))) {
                choices.add(0, o.getParent());
            }
            parents = choices;
            members = administrable ? accounts.members(caller, o.getId()) : List.of();
            loadPeople();
        } catch (Problem p) {
            ErrorPages.send(404);
        }
    }

    public void save() {
        try {
            Organisation o = organisations.update(current.require(), id, form, version);
            version = o.getVersion();
            messages.info("socle.organisation.saved", o.getName());
        } catch (Problem p) {
            messages.problem(p);
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

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
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

    public OrganisationInput getForm() {
        return form;
    }

    public List<Organisation> getParents() {
        return parents;
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

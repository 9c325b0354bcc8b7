package fr.socle.learning.boundary;

import fr.socle.learning.entity.LearnerProfile;
import fr.socle.learning.entity.Mandate;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** account/index.xhtml, learner part: one's profile and mandates. */
@Named
@ViewScoped
public class MyProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LearnerProfiles profiles;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private ProfileType type;
    private String employerSiret;
    private LearnerProfile.Category category;
    private String filiere;
    private String cadreEmplois;
    private LearnerProfile.AgentStatus agentStatus;
    private transient List<Mandate> mandates;

    private Mandate.Type mandateType = Mandate.Type.CONSEILLER_MUNICIPAL;
    private String collectivite;
    private LocalDate start;
    private LocalDate end;
    private String delegation;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        var caller = current.require();
        LearnerProfile p = profiles.profile(caller, caller.accountId());
        type = p.getType();
        employerSiret = p.getEmployerSiret();
        category = p.getCategory();
        filiere = p.getFiliere();
        cadreEmplois = p.getCadreEmplois();
        agentStatus = p.getAgentStatus();
        mandates = p.getMandates();
    }

    public void save() {
        var caller = current.require();
        messages.attempt(() -> profiles.change(caller, caller.accountId(), type, employerSiret, category, filiere, cadreEmplois, agentStatus),
                "socle.account.saved");
        reload();
    }

    public void addMandate() {
        var caller = current.require();
        messages.attempt(() -> profiles.addMandate(caller, caller.accountId(), mandateType, collectivite, start, end, delegation),
                "socle.account.saved");
        collectivite = null;
        delegation = null;
        reload();
    }

    public void removeMandate(String id) {
        var caller = current.require();
        messages.attempt(() -> profiles.removeMandate(caller, caller.accountId(), id), "socle.authoring.removed");
        reload();
    }

    public List<Mandate> getMandates() {
        if (mandates == null) {
            reload();
        }
        return mandates;
    }

    public ProfileType[] getTypes() { return ProfileType.values(); }
    public LearnerProfile.Category[] getCategories() { return LearnerProfile.Category.values(); }
    public LearnerProfile.AgentStatus[] getStatuses() { return LearnerProfile.AgentStatus.values(); }
    public Mandate.Type[] getMandateTypes() { return Mandate.Type.values(); }
    public ProfileType getType() { return type; }
    public void setType(ProfileType type) { this.type = type; }
    public String getEmployerSiret() { return employerSiret; }
    public void setEmployerSiret(String employerSiret) { this.employerSiret = employerSiret; }
    public LearnerProfile.Category getCategory() { return category; }
    public void setCategory(LearnerProfile.Category category) { this.category = category; }
    public String getFiliere() { return filiere; }
    public void setFiliere(String filiere) { this.filiere = filiere; }
    public String getCadreEmplois() { return cadreEmplois; }
    public void setCadreEmplois(String cadreEmplois) { this.cadreEmplois = cadreEmplois; }
    public LearnerProfile.AgentStatus getAgentStatus() { return agentStatus; }
    public void setAgentStatus(LearnerProfile.AgentStatus agentStatus) { this.agentStatus = agentStatus; }
    public Mandate.Type getMandateType() { return mandateType; }
    public void setMandateType(Mandate.Type mandateType) { this.mandateType = mandateType; }
    public String getCollectivite() { return collectivite; }
    public void setCollectivite(String collectivite) { this.collectivite = collectivite; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public String getDelegation() { return delegation; }
    public void setDelegation(String delegation) { this.delegation = delegation; }
}

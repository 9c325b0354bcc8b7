package fr.socle.learning.entity;

import fr.socle.learning.boundary.ProfileType;
import fr.socle.organisation.entity.Siret;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the training records need to know of a learner: its type and, for an agent, its employer
 * (by SIRET), category, filière, cadre d'emplois and status; for an élu, its mandates. Never the
 * social-security number (NIR), never a political affiliation.
 */
@Entity
@Table(name = "learner_profile")
@NamedQuery(name = LearnerProfile.OF_ACCOUNTS, query = "SELECT p FROM LearnerProfile p WHERE p.accountId IN :ids")
public class LearnerProfile {

    public static final String OF_ACCOUNTS = "LearnerProfile.ofAccounts";

    public enum Category { A, B, C }

    public enum AgentStatus { TITULAIRE, STAGIAIRE, CONTRACTUEL, APPRENTI, AUTRE }

    @Id
    @Column(name = "account_id", length = 36)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_type", nullable = false, length = 32)
    private ProfileType type;

    @Column(name = "employer_siret", length = 14)
    private String employerSiret;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private Category category;

    @Column(length = 100)
    private String filiere;

    @Column(name = "cadre_emplois", length = 150)
    private String cadreEmplois;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_status", length = 32)
    private AgentStatus agentStatus;

    @ElementCollection
    @CollectionTable(name = "elu_mandate", joinColumns = @JoinColumn(name = "account_id"))
    private List<Mandate> mandates = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long optlock;

    protected LearnerProfile() {
    }

    public LearnerProfile(String accountId, ProfileType type, Instant now) {
        this.accountId = accountId;
        this.type = type;
        this.updatedAt = now;
    }

    /** Changes the profile; agent fields only for agents, a valid employer SIRET when given. */
    public void change(ProfileType type, String employerSiret, Category category, String filiere, String cadreEmplois,
                       AgentStatus agentStatus, Instant now) {
        if (type == null) {
            throw new IllegalArgumentException("type");
        }
        String siret = Siret.normalise(employerSiret);
        if (siret != null && !Siret.isValid(siret)) {
            throw new IllegalArgumentException("siret");
        }
        if ((filiere != null && filiere.length() > 100) || (cadreEmplois != null && cadreEmplois.length() > 150)) {
            throw new IllegalArgumentException("length");
        }
        boolean agent = type == ProfileType.AGENT_TERRITORIAL;
        this.type = type;
        this.employerSiret = agent ? siret : null;
        this.category = agent ? category : null;
        this.filiere = agent ? blank(filiere) : null;
        this.cadreEmplois = agent ? blank(cadreEmplois) : null;
        this.agentStatus = agent ? agentStatus : null;
        this.updatedAt = now;
    }

    public Mandate addMandate(Mandate mandate, Instant now) {
        mandates.add(mandate);
        updatedAt = now;
        return mandate;
    }

    public boolean removeMandate(String mandateId, Instant now) {
        updatedAt = now;
        return mandates.removeIf(m -> m.getId().equals(mandateId));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getAccountId() { return accountId; }
    public ProfileType getType() { return type; }
    public String getEmployerSiret() { return employerSiret; }
    public Category getCategory() { return category; }
    public String getFiliere() { return filiere; }
    public String getCadreEmplois() { return cadreEmplois; }
    public AgentStatus getAgentStatus() { return agentStatus; }
    public List<Mandate> getMandates() { return List.copyOf(mandates); }
    public Instant getUpdatedAt() { return updatedAt; }
}

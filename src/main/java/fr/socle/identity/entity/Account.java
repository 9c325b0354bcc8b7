package fr.socle.identity.entity;

import fr.socle.platform.Role;
import fr.socle.organisation.entity.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A person who signs in: a learner, a trainer, an administrator or a registrar. */
@Entity
@Table(name = "account")
@NamedQueries({
    @NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email"),
    @NamedQuery(name = Account.IN_ORGANISATIONS, query = "SELECT DISTINCT a FROM Account a JOIN a.memberships m WHERE m.organisation.id IN :ids ORDER BY a.displayName, a.id"),
    @NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a ORDER BY a.displayName, a.id"),
    @NamedQuery(name = Account.GENERATION_BY_EMAIL, query = "SELECT a.credentialsGeneration FROM Account a WHERE a.email = :email AND a.active = TRUE")
})
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String IN_ORGANISATIONS = "Account.inOrganisations";
    public static final String ALL = "Account.all";
    public static final String GENERATION_BY_EMAIL = "Account.generationByEmail";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    /** Raised by every password change: web sessions signed in under an older value are over. */
    @Column(name = "credentials_generation", nullable = false)
    private long credentialsGeneration;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Membership> memberships = new ArrayList<>();

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.active = true;
        this.createdAt = now;
        changeEmail(email, now);
        rename(displayName, now);
        changePasswordHash(passwordHash, now);
    }

    /** Emails are compared without case and without surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public final void changeEmail(String email, Instant now) {
        String normalised = normaliseEmail(email);
        if (normalised == null || normalised.isEmpty()) {
            throw new IllegalArgumentException("email");
        }
        this.email = normalised;
        this.updatedAt = now;
    }

    public final void rename(String displayName, Instant now) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("displayName");
        }
        this.displayName = displayName.strip();
        this.updatedAt = now;
    }

    public final void changePasswordHash(String passwordHash, Instant now) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash");
        }
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /**
     * A new password, chosen by the person or set by an administrator (not a rehash of the same one):
     * the sessions signed in before it are over. Returns the new credentials generation.
     */
    public long replacePassword(String passwordHash, Instant now) {
        changePasswordHash(passwordHash, now);
        return ++credentialsGeneration;
    }

    public void recordSuccessfulLogin(Instant now) {
        lastLoginAt = now;
    }

    public Membership grant(Organisation organisation, Role role, Instant now) {
        String orgId = organisation == null ? null : organisation.getId();
        for (Membership m : memberships) {
            if (m.matches(orgId, role)) {
                return m;
            }
        }
        Membership m = new Membership(this, organisation, role, now);
        memberships.add(m);
        return m;
    }

    public boolean revoke(String organisationId, Role role) {
        return memberships.removeIf(m -> m.matches(organisationId, role));
    }

    public boolean hasRole(Role role) {
        return memberships.stream().anyMatch(m -> m.getRole() == role);
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void activate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public long getCredentialsGeneration() {
        return credentialsGeneration;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Membership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }
}

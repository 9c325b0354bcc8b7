package fr.socle.identity.entity;

import fr.socle.platform.Role;
import fr.socle.organisation.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One role of one account in one organisation. */
@Entity
@Table(name = "membership")
@NamedQueries({
    @NamedQuery(name = Membership.OF_ACCOUNT, query = "SELECT m FROM Membership m WHERE m.account.id = :account"),
    @NamedQuery(name = Membership.IN_ORGANISATION, query = "SELECT m FROM Membership m WHERE m.organisation.id = :organisation ORDER BY m.account.displayName, m.role"),
    @NamedQuery(name = Membership.COUNT_ROLE, query = "SELECT COUNT(m) FROM Membership m WHERE m.role = :role")
})
public class Membership {

    public static final String OF_ACCOUNT = "Membership.ofAccount";
    public static final String IN_ORGANISATION = "Membership.inOrganisation";
    public static final String COUNT_ROLE = "Membership.countRole";

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {
    }

    Membership(Account account, Organisation organisation, Role role, Instant now) {
        if (role == null) {
            throw new IllegalArgumentException("role");
        }
        if (role.isPlatformWide() != (organisation == null)) {
            throw new IllegalArgumentException(role.isPlatformWide()
                    ? "PLATFORM_ADMIN is held without an organisation"
                    : role + " needs an organisation");
        }
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.organisation = organisation;
        this.role = role;
        this.createdAt = now;
    }

    public String getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getOrganisationId() {
        return organisation == null ? null : organisation.getId();
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean matches(String organisationId, Role role) {
        return this.role == role && java.util.Objects.equals(getOrganisationId(), organisationId);
    }
}

package fr.socle.organisation.entity;

import fr.socle.organisation.boundary.OrganisationKind;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant: a collectivité, a training body, a registrar... Every tenant-owned row points to one.
 * A mutualisation structure is the parent of its member organisations.
 */
@Entity
@Table(name = "organisation")
@NamedQueries({
    @NamedQuery(name = Organisation.ALL, query = "SELECT o FROM Organisation o WHERE (:q IS NULL OR LOWER(o.name) LIKE :q) ORDER BY o.name, o.id"),
    @NamedQuery(name = Organisation.IN, query = "SELECT o FROM Organisation o WHERE o.id IN :ids AND (:q IS NULL OR LOWER(o.name) LIKE :q) ORDER BY o.name, o.id"),
    @NamedQuery(name = Organisation.CHILD_IDS, query = "SELECT o.id FROM Organisation o WHERE o.parent.id IN :ids"),
    @NamedQuery(name = Organisation.BY_SIRET, query = "SELECT o FROM Organisation o WHERE o.siret = :siret"),
    @NamedQuery(name = Organisation.BY_NAME, query = "SELECT o FROM Organisation o WHERE o.name = :name")
})
public class Organisation {

    public static final String ALL = "Organisation.all";
    public static final String IN = "Organisation.in";
    public static final String CHILD_IDS = "Organisation.childIds";
    public static final String BY_SIRET = "Organisation.bySiret";
    public static final String BY_NAME = "Organisation.byName";
    public static final int NAME_MAX = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @Column(length = 14)
    private String siret;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, String siret, Organisation parent, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = now;
        change(name, kind, siret, parent, now);
    }

    /** Changes what an administrator may change; refuses a parent that would make a cycle. */
    public final void change(String name, OrganisationKind kind, String siret, Organisation parent, Instant now) {
        String normalisedSiret = Siret.normalise(siret);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind");
        }
        if (normalisedSiret != null && !Siret.isValid(normalisedSiret)) {
            throw new IllegalArgumentException("siret");
        }
        if (parent != null && parent.isWithin(this)) {
            throw new IllegalArgumentException("parent");
        }
        this.name = name.strip();
        this.kind = kind;
        this.siret = normalisedSiret;
        this.parent = parent;
        this.updatedAt = now;
    }

    /** True when this organisation is {@code other} or one of its members, at any depth. */
    public boolean isWithin(Organisation other) {
        for (Organisation o = this; o != null; o = o.parent) {
            if (o.id.equals(other.id)) {
                return true;
            }
        }
        return false;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getSiret() {
        return siret;
    }

    public Organisation getParent() {
        return parent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}

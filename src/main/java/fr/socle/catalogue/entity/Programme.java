package fr.socle.catalogue.entity;

import fr.socle.catalogue.boundary.Visibility;
import fr.socle.catalogue.boundary.VersionStatus;
import fr.socle.organisation.entity.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A programme (cursus or parcours): a line of versions, of which the published ones never change.
 * Learners stay on the version they enrolled in; a new version is a new draft, then a new publication.
 */
@Entity
@Table(name = "programme")
@NamedQueries({
    @NamedQuery(name = Programme.BY_CODE, query = "SELECT p FROM Programme p WHERE p.code = :code"),
    @NamedQuery(name = Programme.ALL, query = "SELECT p FROM Programme p ORDER BY p.code")
})
public class Programme {

    public static final String BY_CODE = "Programme.byCode";
    public static final String ALL = "Programme.all";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 40)
    private String code;

    /** The owner; null for the platform's shared content (the seed of courses/). */
    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ProgrammeVersion> versions = new ArrayList<>();

    protected Programme() {
    }

    public Programme(String code, Organisation organisation, Visibility visibility, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.code = code;
        this.organisation = organisation;
        this.visibility = visibility;
        this.createdAt = now;
    }

    /** The draft being edited, if any. */
    public Optional<ProgrammeVersion> draft() {
        return versions.stream().filter(v -> v.getStatus() == VersionStatus.DRAFT).findFirst();
    }

    public Optional<ProgrammeVersion> latestPublished() {
        return versions.stream().filter(ProgrammeVersion::isPublished).max(Comparator.comparingInt(ProgrammeVersion::getNumber));
    }

    public Optional<ProgrammeVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    /** A new empty draft (a programme's first version). */
    public ProgrammeVersion newDraft(ProgrammeVersion.Header header, Instant now) {
        if (draft().isPresent()) {
            throw new IllegalStateException("This programme already has a draft");
        }
        ProgrammeVersion v = new ProgrammeVersion(this, nextNumber(), header, now);
        versions.add(v);
        return v;
    }

    /** The draft, or a new one copied from the latest published version. */
    public ProgrammeVersion editableDraft(Instant now) {
        return draft().orElseGet(() -> {
            ProgrammeVersion base = latestPublished().orElseThrow(() -> new IllegalStateException("no version"));
            ProgrammeVersion copy = base.copyAs(nextNumber(), now);
            versions.add(copy);
            return copy;
        });
    }

    public void share(Visibility visibility) {
        this.visibility = visibility;
    }

    private int nextNumber() {
        return versions.stream().mapToInt(ProgrammeVersion::getNumber).max().orElse(0) + 1;
    }

    public String getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getOrganisationId() {
        return organisation == null ? null : organisation.getId();
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ProgrammeVersion> getVersions() {
        return List.copyOf(versions);
    }
}

package fr.socle.catalogue.entity;

import fr.socle.catalogue.boundary.VersionStatus;
import fr.socle.catalogue.boundary.Audience;
import fr.socle.catalogue.boundary.ComponentKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a programme: its information sheet and its components. A draft is edited; once
 * published it never changes (the entity refuses it, and so does the database layer's guard).
 */
@Entity
@Table(name = "programme_version")
@NamedQueries({
    @NamedQuery(name = ProgrammeVersion.PUBLISHED_LATEST, query = "SELECT v FROM ProgrammeVersion v WHERE v.status = fr.socle.catalogue.boundary.VersionStatus.PUBLISHED "
            + "AND v.number = (SELECT MAX(w.number) FROM ProgrammeVersion w WHERE w.programme = v.programme AND w.status = fr.socle.catalogue.boundary.VersionStatus.PUBLISHED) "
            + "ORDER BY v.title")
})
public class ProgrammeVersion {

    public static final String PUBLISHED_LATEST = "ProgrammeVersion.publishedLatest";

    /** The information sheet and rules of a version, as authors give them. */
    public record Header(String title, Audience audience, String certification, Integer level, String licence,
                         List<String> objectives, String prerequisites, String assessment, String accessibility,
                         String price, String accessDelay, int specialisationsMin, int specialisationsMax) {

        public Header {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(audience, "audience");
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
            if (specialisationsMin < 0 || specialisationsMax < specialisationsMin) {
                throw new IllegalArgumentException("specialisations: 0 <= min <= max");
            }
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionStatus status;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    @Column(length = 300)
    private String certification;

    private Integer level;

    @Column(length = 60)
    private String licence;

    @Convert(converter = LinesConverter.class)
    @Column(nullable = false)
    private List<String> objectives;

    @Column(nullable = false, length = 2000)
    private String prerequisites;

    @Column(nullable = false, length = 2000)
    private String assessment;

    @Column(nullable = false, length = 2000)
    private String accessibility;

    @Column(length = 500)
    private String price;

    @Column(name = "access_delay", length = 500)
    private String accessDelay;

    @Column(name = "spec_min", nullable = false)
    private int specialisationsMin;

    @Column(name = "spec_max", nullable = false)
    private int specialisationsMax;

    /** SHA-256 of the files it was imported from: importing the same files again adds nothing. */
    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 254)
    private String publishedBy;

    @Version
    @Column(name = "optlock")
    private long optlock;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProgrammeComponent> components = new ArrayList<>();

    /** Loaded as published: nothing of it may be written any more. */
    @Transient
    private boolean sealed;

    protected ProgrammeVersion() {
    }

    ProgrammeVersion(Programme programme, int number, Header header, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.programme = programme;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.createdAt = now;
        apply(header);
    }

    @PostLoad
    void loaded() {
        sealed = status == VersionStatus.PUBLISHED;
    }

    @PreUpdate
    @PreRemove
    void refuseOnPublished() {
        if (sealed) {
            throw new IllegalStateException("A published programme version never changes");
        }
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    /** True once published and stored: no row of it may be written. */
    public boolean isSealed() {
        return sealed;
    }

    public void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("A published programme version never changes");
        }
    }

    public final void apply(Header header) {
        requireDraft();
        this.title = header.title().strip();
        this.audience = header.audience();
        this.certification = header.certification();
        this.level = header.level();
        this.licence = header.licence();
        this.objectives = header.objectives();
        this.prerequisites = Objects.requireNonNullElse(header.prerequisites(), "");
        this.assessment = Objects.requireNonNullElse(header.assessment(), "");
        this.accessibility = Objects.requireNonNullElse(header.accessibility(), "");
        this.price = header.price();
        this.accessDelay = header.accessDelay();
        this.specialisationsMin = header.specialisationsMin();
        this.specialisationsMax = header.specialisationsMax();
    }

    public Header header() {
        return new Header(title, audience, certification, level, licence, objectives, prerequisites, assessment,
                accessibility, price, accessDelay, specialisationsMin, specialisationsMax);
    }

    public ProgrammeComponent addComponent(String code, ComponentKind kind, String title, String description) {
        requireDraft();
        if (components.stream().anyMatch(c -> c.getCode().equals(code))) {
            throw new IllegalArgumentException("component " + code + " twice");
        }
        ProgrammeComponent c = new ProgrammeComponent(this, components.size(), code, kind, title, description);
        components.add(c);
        return c;
    }

    public void removeComponent(ProgrammeComponent component) {
        requireDraft();
        components.remove(component);
        renumber();
    }

    /** Puts a component at a new place (drag and drop). */
    public void moveComponent(ProgrammeComponent component, int newIndex) {
        requireDraft();
        components.remove(component);
        components.add(Math.max(0, Math.min(newIndex, components.size())), component);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < components.size(); i++) {
            components.get(i).position(i);
        }
    }

    /** Why this version cannot be published yet; empty when it can. */
    public List<String> publicationProblems() {
        List<String> problems = new ArrayList<>();
        if (components.isEmpty()) {
            problems.add("socle.catalogue.publish.noComponent");
        }
        if (components.stream().anyMatch(c -> c.getModules().isEmpty())) {
            problems.add("socle.catalogue.publish.emptyComponent");
        }
        if (components.stream().noneMatch(c -> c.getKind() == ComponentKind.TRONC_COMMUN)) {
            problems.add("socle.catalogue.publish.noTroncCommun");
        }
        long specialisations = components.stream().filter(c -> c.getKind() == ComponentKind.SPECIALISATION).count();
        if (specialisations < specialisationsMin) {
            problems.add("socle.catalogue.publish.tooFewSpecialisations");
        }
        components.stream().flatMap(c -> c.getModules().stream()).forEach(m -> problems.addAll(m.publicationProblems()));
        return problems.stream().distinct().toList();
    }

    public void publish(String by, Instant now) {
        requireDraft();
        if (!publicationProblems().isEmpty()) {
            throw new IllegalStateException("not publishable: " + publicationProblems());
        }
        this.status = VersionStatus.PUBLISHED;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    public void importedFrom(String sourceHash) {
        requireDraft();
        this.sourceHash = sourceHash;
    }

    /** Total hours: the sum of its modules' hours, never written twice. */
    public BigDecimal hours() {
        BigDecimal sum = components.stream().map(ProgrammeComponent::hours).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        return sum.scale() < 0 ? sum.setScale(0) : sum;
    }

    public List<Module> modules() {
        return components.stream().flatMap(c -> c.getModules().stream()).toList();
    }

    /** A new draft with everything of this version, copied. */
    ProgrammeVersion copyAs(int newNumber, Instant now) {
        ProgrammeVersion copy = new ProgrammeVersion(programme, newNumber, header(), now);
        for (ProgrammeComponent c : components) {
            c.copyInto(copy);
        }
        return copy;
    }

    public String getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getCertification() {
        return certification;
    }

    public Integer getLevel() {
        return level;
    }

    public String getLicence() {
        return licence;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public String getAssessment() {
        return assessment;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public String getPrice() {
        return price;
    }

    public String getAccessDelay() {
        return accessDelay;
    }

    public int getSpecialisationsMin() {
        return specialisationsMin;
    }

    public int getSpecialisationsMax() {
        return specialisationsMax;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<ProgrammeComponent> getComponents() {
        return List.copyOf(components);
    }
}

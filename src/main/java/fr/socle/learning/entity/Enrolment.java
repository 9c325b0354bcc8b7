package fr.socle.learning.entity;

import fr.socle.learning.boundary.Funding;
import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.boundary.Achievement;
import fr.socle.learning.boundary.ProfileType;
import fr.socle.catalogue.boundary.Audience;
import fr.socle.catalogue.boundary.ComponentKind;
import fr.socle.catalogue.entity.LinesConverter;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeComponent;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.identity.entity.Account;
import fr.socle.organisation.entity.Organisation;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A learner's enrolment in a programme version (or in one module of it). The learner stays on the
 * version enrolled in; a new version of the programme never changes this enrolment.
 */
@Entity
@Table(name = "enrolment")
@NamedQueries({
    @NamedQuery(name = Enrolment.OF_LEARNER, query = "SELECT e FROM Enrolment e WHERE e.learner.id = :learner ORDER BY e.enrolledAt DESC"),
    @NamedQuery(name = Enrolment.IN_ORGANISATIONS, query = "SELECT e FROM Enrolment e WHERE e.organisation.id IN :ids ORDER BY e.enrolledAt DESC"),
    @NamedQuery(name = Enrolment.STARTED_IN, query = "SELECT e FROM Enrolment e WHERE (:all = TRUE OR e.organisation.id IN :ids) "
            + "AND e.status <> fr.socle.learning.boundary.EnrolmentStatus.INSCRIT ORDER BY e.enrolledAt DESC"),
    @NamedQuery(name = Enrolment.OPEN_FOR, query = "SELECT e FROM Enrolment e WHERE e.learner.id = :learner AND e.version.id = :version "
            + "AND e.status IN (fr.socle.learning.boundary.EnrolmentStatus.INSCRIT, fr.socle.learning.boundary.EnrolmentStatus.ENTRE)")
})
public class Enrolment {

    public static final String OF_LEARNER = "Enrolment.ofLearner";
    public static final String IN_ORGANISATIONS = "Enrolment.inOrganisations";
    public static final String OPEN_FOR = "Enrolment.openFor";
    /** Enrolments that have started, of some organisations (or of all with {@code all}). */
    public static final String STARTED_IN = "Enrolment.startedIn";
    /** The length of the positioning column (V3). */
    public static final int POSITIONING_MAX = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Account learner;

    /** The tenant: the learner's organisation for this training. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private ProgrammeVersion version;

    /** Set when the enrolment is in one module only. */
    @Column(name = "module_code", length = 40)
    private String moduleCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Funding funding;

    /** The learner's positioning at entry (Qualiopi indicator 8): a free-text summary of the level and needs found. */
    @Column(length = POSITIONING_MAX)
    private String positioning;

    /** When the positioning was last recorded (null for a result recorded before V13). */
    @Column(name = "positioned_at")
    private Instant positionedAt;

    /** Who last recorded it: the e-mail of the trainer or administrator, as {@code enrolledBy}. */
    @Column(name = "positioned_by")
    private String positionedBy;

    @Convert(converter = LinesConverter.class)
    @Column(nullable = false)
    private List<String> specialisations = List.of();

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false, length = 254)
    private String enrolledBy;

    @Column(name = "entered_at")
    private Instant enteredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Version
    private long optlock;

    protected Enrolment() {
    }

    public Enrolment(Account learner, Organisation organisation, ProgrammeVersion version, String moduleCode, Funding funding,
                     String enrolledBy, Instant now) {
        if (!version.isPublished()) {
            throw new IllegalArgumentException("only published versions take enrolments");
        }
        if (moduleCode != null && version.modules().stream().noneMatch(m -> m.getCode().equals(moduleCode))) {
            throw new IllegalArgumentException("module " + moduleCode);
        }
        this.id = UUID.randomUUID().toString();
        this.learner = learner;
        this.organisation = organisation;
        this.version = version;
        this.moduleCode = moduleCode;
        this.funding = funding;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = now;
        this.status = EnrolmentStatus.INSCRIT;
    }

    /** The learner starts: the first activity or the first signed half-day. */
    public void enter(Instant now) {
        if (status == EnrolmentStatus.INSCRIT) {
            status = EnrolmentStatus.ENTRE;
            enteredAt = now;
        }
    }

    public void complete(Instant now) {
        requireStatus(EnrolmentStatus.ENTRE);
        status = EnrolmentStatus.TERMINE;
        endedAt = now;
    }

    public void abandon(Instant now, String reason) {
        if (status != EnrolmentStatus.INSCRIT && status != EnrolmentStatus.ENTRE) {
            throw new IllegalStateException("cannot abandon from " + status);
        }
        end(EnrolmentStatus.ABANDON, now, reason);
    }

    public void interrupt(Instant now, String reason) {
        requireStatus(EnrolmentStatus.ENTRE);
        end(EnrolmentStatus.INTERROMPU, now, reason);
    }

    private void end(EnrolmentStatus to, Instant now, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required for partial completion");
        }
        status = to;
        endedAt = now;
        endReason = reason.strip();
    }

    private void requireStatus(EnrolmentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("expected " + expected + ", is " + status);
        }
    }

    /**
     * Records (or corrects) the positioning at entry: a summary, not blank, at most {@link #POSITIONING_MAX}
     * characters once trimmed, by whom and when. Refused once the enrolment has ended.
     */
    public void recordPositioning(String result, String by, Instant now) {
        if (status.isEnded()) {
            throw new IllegalStateException("ended");
        }
        String text = result == null ? "" : result.strip();
        if (text.isEmpty() || text.length() > POSITIONING_MAX) {
            throw new IllegalArgumentException("a positioning result is 1 to " + POSITIONING_MAX + " characters");
        }
        this.positioning = text;
        this.positionedBy = by;
        this.positionedAt = now;
    }

    public Instant getPositionedAt() {
        return positionedAt;
    }

    public String getPositionedBy() {
        return positionedBy;
    }

    /** True once a positioning result is recorded. */
    public boolean isPositioned() {
        return positioning != null && !positioning.isBlank();
    }

    /** The learner's spécialisations, within the programme's minimum and maximum. */
    public void chooseSpecialisations(List<String> codes) {
        if (status.isEnded()) {
            throw new IllegalStateException("ended");
        }
        Set<String> available = new HashSet<>();
        version.getComponents().stream().filter(c -> c.getKind() == ComponentKind.SPECIALISATION).forEach(c -> available.add(c.getCode()));
        Set<String> chosen = new HashSet<>(codes);
        if (!available.containsAll(chosen) || chosen.size() != codes.size()) {
            throw new IllegalArgumentException("unknown or repeated specialisation");
        }
        if (moduleCode == null && (chosen.size() < version.getSpecialisationsMin() || chosen.size() > version.getSpecialisationsMax())) {
            throw new IllegalArgumentException("choose between " + version.getSpecialisationsMin() + " and " + version.getSpecialisationsMax());
        }
        this.specialisations = List.copyOf(codes);
    }

    /** True once the learner has what the programme asks to choose. */
    public boolean hasChosen() {
        return moduleCode != null || specialisations.size() >= version.getSpecialisationsMin();
    }

    /** The components the learner must complete: the tronc commun, the stage and the chosen spécialisations. */
    public List<ProgrammeComponent> requiredComponents() {
        return version.getComponents().stream().filter(c -> switch (c.getKind()) {
            case TRONC_COMMUN, STAGE -> true;
            case SPECIALISATION -> specialisations.contains(c.getCode());
            case OPTION -> false;
        }).toList();
    }

    /** The modules the learner follows: one for a module enrolment, else those of the required components and options. */
    public List<Module> modules() {
        if (moduleCode != null) {
            return version.modules().stream().filter(m -> m.getCode().equals(moduleCode)).toList();
        }
        return version.getComponents().stream()
                .filter(c -> c.getKind() != ComponentKind.SPECIALISATION || specialisations.contains(c.getCode()))
                .flatMap(c -> c.getModules().stream()).toList();
    }

    /**
     * Why this enrolment has not earned an achievement, or null when it has: a cursus certificate needs
     * the whole programme (not one module) completed; the other documents need the training started,
     * and the attestation d'assiduité an élu (by the learner's profile, or a programme for élus).
     */
    public String shortfall(Achievement achievement, ProfileType profile) {
        return switch (achievement) {
            case PROGRAMME_COMPLETED -> moduleCode != null ? "notProgramme" : status != EnrolmentStatus.TERMINE ? "notComplete" : null;
            case TRAINING_STARTED -> status == EnrolmentStatus.INSCRIT ? "notStarted" : null;
            case ELU_TRAINING_STARTED -> status == EnrolmentStatus.INSCRIT ? "notStarted"
                    : profile != ProfileType.ELU && version.getAudience() != Audience.ELU ? "notElu" : null;
        };
    }

    public boolean earns(Achievement achievement, ProfileType profile) {
        return shortfall(achievement, profile) == null;
    }

    /** The titles of the spécialisations chosen, in the order chosen (none for a module enrolment). */
    public List<String> specialisationTitles() {
        if (moduleCode != null) {
            return List.of();
        }
        return specialisations.stream().map(code -> version.getComponents().stream().filter(c -> c.getCode().equals(code))
                .map(ProgrammeComponent::getTitle).findFirst().orElse(code)).toList();
    }

    public String getId() { return id; }
    public Account getLearner() { return learner; }
    public Organisation getOrganisation() { return organisation; }
    public ProgrammeVersion getVersion() { return version; }
    public String getModuleCode() { return moduleCode; }
    public EnrolmentStatus getStatus() { return status; }
    public Funding getFunding() { return funding; }
    public String getPositioning() { return positioning; }
    public List<String> getSpecialisations() { return specialisations; }
    public Instant getEnrolledAt() { return enrolledAt; }
    public String getEnrolledBy() { return enrolledBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getEndReason() { return endReason; }
}

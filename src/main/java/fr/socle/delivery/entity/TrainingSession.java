package fr.socle.delivery.entity;

import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.learning.entity.Enrolment;
import fr.socle.organisation.entity.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A dated run of a programme (or one module of it): a place, a capacity, its learners and half-days. */
@Entity
@Table(name = "training_session")
@jakarta.persistence.NamedQueries({
    @jakarta.persistence.NamedQuery(name = TrainingSession.IN_ORGANISATIONS,
            query = "SELECT s FROM TrainingSession s WHERE s.organisation.id IN :ids ORDER BY s.createdAt DESC"),
    @jakarta.persistence.NamedQuery(name = TrainingSession.OF_LEARNER,
            query = "SELECT s FROM TrainingSession s JOIN s.learners e WHERE e.learner.id = :learner ORDER BY s.createdAt DESC")
})
public class TrainingSession {

    public static final String IN_ORGANISATIONS = "TrainingSession.inOrganisations";
    public static final String OF_LEARNER = "TrainingSession.ofLearner";

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private ProgrammeVersion version;

    @Column(name = "module_code", length = 40)
    private String moduleCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 300)
    private String place;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long optlock;

    @ManyToMany
    @JoinTable(name = "session_learner", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "enrolment_id"))
    private List<Enrolment> learners = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
    @OrderBy("date, startMinute")
    private List<HalfDay> halfDays = new ArrayList<>();

    protected TrainingSession() {
    }

    public TrainingSession(Organisation organisation, ProgrammeVersion version, String moduleCode, String title, String place,
                           int capacity, String createdBy, Instant now) {
        if (title == null || title.isBlank() || title.length() > 200 || capacity < 1 || (place != null && place.length() > 300)) {
            throw new IllegalArgumentException("session");
        }
        if (moduleCode != null && version.modules().stream().noneMatch(m -> m.getCode().equals(moduleCode))) {
            throw new IllegalArgumentException("module");
        }
        this.id = UUID.randomUUID().toString();
        this.organisation = organisation;
        this.version = version;
        this.moduleCode = moduleCode;
        this.title = title.strip();
        this.place = place;
        this.capacity = capacity;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public HalfDay addHalfDay(LocalDate date, HalfDay.Period period, int startMinute, int endMinute, String module, boolean remote) {
        String code = module != null ? module : moduleCode;
        if (code == null || version.modules().stream().noneMatch(m -> m.getCode().equals(code))) {
            throw new IllegalArgumentException("module");
        }
        if (halfDays.stream().anyMatch(h -> h.getDate().equals(date) && h.getPeriod() == period)) {
            throw new IllegalArgumentException("half-day twice");
        }
        HalfDay h = new HalfDay(this, date, period, startMinute, endMinute, code, remote);
        halfDays.add(h);
        return h;
    }

    public void add(Enrolment enrolment) {
        if (!enrolment.getVersion().getId().equals(version.getId()) || enrolment.getStatus().isEnded()) {
            throw new IllegalArgumentException("enrolment");
        }
        if (learners.stream().anyMatch(e -> e.getId().equals(enrolment.getId()))) {
            return;
        }
        if (learners.size() >= capacity) {
            throw new IllegalStateException("full");
        }
        learners.add(enrolment);
    }

    public boolean has(Enrolment enrolment) {
        return learners.stream().anyMatch(e -> e.getId().equals(enrolment.getId()));
    }

    public String getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public ProgrammeVersion getVersion() { return version; }
    public String getModuleCode() { return moduleCode; }
    public String getTitle() { return title; }
    public String getPlace() { return place; }
    public int getCapacity() { return capacity; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Enrolment> getLearners() { return List.copyOf(learners); }
    public List<HalfDay> getHalfDays() { return List.copyOf(halfDays); }
}

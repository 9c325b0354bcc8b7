package fr.socle.catalogue.entity;

import fr.socle.catalogue.boundary.Modality;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A module: operational objectives, hours, modality, target competences and its activities. */
@Entity
@Table(name = "course_module")
@EntityListeners(VersionPart.Guard.class)
public class Module implements VersionPart {

    /** What authors give of a module. */
    public record Header(String code, String title, BigDecimal hours, Modality modality, List<String> objectives,
                         String prerequisites, String licence) {
        public Header {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(modality, "modality");
            if (hours == null || hours.signum() <= 0) {
                throw new IllegalArgumentException("hours");
            }
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "component_id", nullable = false)
    private ProgrammeComponent component;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal hours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Modality modality;

    @Convert(converter = LinesConverter.class)
    @Column(nullable = false)
    private List<String> objectives;

    @Column(length = 2000)
    private String prerequisites;

    @Column(nullable = false, length = 60)
    private String licence;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ModuleCompetence> competences = new ArrayList<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Activity> activities = new ArrayList<>();

    protected Module() {
    }

    Module(ProgrammeComponent component, int position, Header header) {
        this.id = UUID.randomUUID().toString();
        this.component = component;
        this.position = position;
        this.code = header.code();
        apply(header);
    }

    @Override
    public ProgrammeVersion owningVersion() {
        return component.owningVersion();
    }

    public final void apply(Header header) {
        owningVersion().requireDraft();
        this.title = header.title().strip();
        this.hours = header.hours();
        this.modality = header.modality();
        this.objectives = header.objectives();
        this.prerequisites = header.prerequisites();
        this.licence = header.licence() == null || header.licence().isBlank() ? "CC-BY-SA-4.0" : header.licence();
    }

    public Header header() {
        return new Header(code, title, hours, modality, objectives, prerequisites, licence);
    }

    public void target(Competence competence, Integer level) {
        owningVersion().requireDraft();
        if (competences.stream().anyMatch(c -> c.getCompetence().getId().equals(competence.getId()))) {
            throw new IllegalArgumentException("competence " + competence.getCode() + " twice");
        }
        competences.add(new ModuleCompetence(this, competences.size(), competence, level));
    }

    public void clearCompetences() {
        owningVersion().requireDraft();
        competences.clear();
    }

    public Activity addActivity(Activity.Content content) {
        owningVersion().requireDraft();
        Activity a = new Activity(this, activities.size(), content);
        activities.add(a);
        return a;
    }

    public void removeActivity(Activity activity) {
        owningVersion().requireDraft();
        activities.remove(activity);
        renumber();
    }

    public void moveActivity(Activity activity, int newIndex) {
        owningVersion().requireDraft();
        activities.remove(activity);
        activities.add(Math.max(0, Math.min(newIndex, activities.size())), activity);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < activities.size(); i++) {
            activities.get(i).position(i);
        }
    }

    void position(int position) {
        this.position = position;
    }

    /** Expected minutes of its activities (the module's hours also count sessions and personal work). */
    public int activityMinutes() {
        return activities.stream().mapToInt(Activity::getMinutes).sum();
    }

    List<String> publicationProblems() {
        List<String> problems = new ArrayList<>();
        if (activities.isEmpty()) {
            problems.add("socle.catalogue.publish.emptyModule");
        }
        if (objectives.isEmpty()) {
            problems.add("socle.catalogue.publish.noObjective");
        }
        activities.forEach(a -> problems.addAll(a.publicationProblems()));
        return problems;
    }

    void copyInto(ProgrammeComponent target) {
        Module copy = target.addModule(header());
        competences.forEach(c -> copy.target(c.getCompetence(), c.getLevel()));
        activities.forEach(a -> a.copyInto(copy));
    }

    public String getId() {
        return id;
    }

    public ProgrammeComponent getComponent() {
        return component;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public Modality getModality() {
        return modality;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public String getLicence() {
        return licence;
    }

    /** The competences it targets as documents state them: "label (niveau n)", in order. */
    public List<String> competenceLabels() {
        return competences.stream().map(mc -> mc.getCompetence().getLabel() + (mc.getLevel() == null ? "" : " (niveau " + mc.getLevel() + ")"))
                .toList();
    }

    public List<ModuleCompetence> getCompetences() {
        return List.copyOf(competences);
    }

    public List<Activity> getActivities() {
        return List.copyOf(activities);
    }
}

package fr.socle.catalogue.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A competence framework (Pix/CRCN, a titre professionnel's blocks...), versioned data. */
@Entity
@Table(name = "competence_framework")
@NamedQueries({
    @NamedQuery(name = CompetenceFramework.ALL, query = "SELECT f FROM CompetenceFramework f ORDER BY f.code, f.version"),
    @NamedQuery(name = CompetenceFramework.BY_CODE, query = "SELECT f FROM CompetenceFramework f WHERE f.code = :code ORDER BY f.createdAt DESC")
})
public class CompetenceFramework {

    public static final String ALL = "CompetenceFramework.all";
    public static final String BY_CODE = "CompetenceFramework.byCode";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false, length = 40)
    private String version;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 2000)
    private String description;

    private Integer levels;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Competence> competences = new ArrayList<>();

    protected CompetenceFramework() {
    }

    public CompetenceFramework(String code, String version, String title, String description, Integer levels,
                               String sourceHash, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.code = code;
        this.version = version;
        this.title = title;
        this.description = description;
        this.levels = levels;
        this.sourceHash = sourceHash;
        this.createdAt = now;
    }

    public Competence add(Competence parent, Competence.Kind kind, String code, String title, String description) {
        Competence c = new Competence(this, parent, kind, code, title, description, competences.size());
        competences.add(c);
        return c;
    }

    public Optional<Competence> competence(String code) {
        return competences.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    public String getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Integer getLevels() {
        return levels;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public List<Competence> getCompetences() {
        return List.copyOf(competences);
    }

    public List<Competence> getDomains() {
        return competences.stream().filter(c -> c.getKind() == Competence.Kind.DOMAIN).toList();
    }
}

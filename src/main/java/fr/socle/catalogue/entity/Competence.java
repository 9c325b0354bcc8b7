package fr.socle.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A domain (or certification block) of a framework, or one of its competences. */
@Entity
@Table(name = "competence")
public class Competence {

    public enum Kind { DOMAIN, COMPETENCE }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id", nullable = false)
    private CompetenceFramework framework;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Competence parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private int position;

    protected Competence() {
    }

    Competence(CompetenceFramework framework, Competence parent, Kind kind, String code, String title,
               String description, int position) {
        this.id = UUID.randomUUID().toString();
        this.framework = framework;
        this.parent = parent;
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.description = description;
        this.position = position;
    }

    public String getId() {
        return id;
    }

    public CompetenceFramework getFramework() {
        return framework;
    }

    public Competence getParent() {
        return parent;
    }

    public Kind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    /** "pix-crcn 2.1 Interagir". */
    public String getLabel() {
        return code + " " + title;
    }
}

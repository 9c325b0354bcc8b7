package fr.socle.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A competence a module targets, at a level where the framework has levels. */
@Entity
@Table(name = "module_competence")
@EntityListeners(VersionPart.Guard.class)
public class ModuleCompetence implements VersionPart {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private Module module;

    @ManyToOne(optional = false)
    @JoinColumn(name = "competence_id", nullable = false)
    private Competence competence;

    @Column(nullable = false)
    private int position;

    private Integer level;

    protected ModuleCompetence() {
    }

    ModuleCompetence(Module module, int position, Competence competence, Integer level) {
        Integer max = competence.getFramework().getLevels();
        if (level != null && (level < 1 || (max != null && level > max))) {
            throw new IllegalArgumentException("level " + level + " outside the framework's levels");
        }
        this.id = UUID.randomUUID().toString();
        this.module = module;
        this.competence = competence;
        this.position = position;
        this.level = level;
    }

    @Override
    public ProgrammeVersion owningVersion() {
        return module.owningVersion();
    }

    public Competence getCompetence() {
        return competence;
    }

    public Integer getLevel() {
        return level;
    }
}

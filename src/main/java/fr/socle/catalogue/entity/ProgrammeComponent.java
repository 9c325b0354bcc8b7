package fr.socle.catalogue.entity;

import fr.socle.catalogue.boundary.ComponentKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.UUID;

/** A part of a programme version: the tronc commun, a spécialisation, an option, the stage. */
@Entity
@Table(name = "programme_component")
@EntityListeners(VersionPart.Guard.class)
public class ProgrammeComponent implements VersionPart {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private ProgrammeVersion version;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ComponentKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @OneToMany(mappedBy = "component", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Module> modules = new ArrayList<>();

    protected ProgrammeComponent() {
    }

    ProgrammeComponent(ProgrammeVersion version, int position, String code, ComponentKind kind, String title, String description) {
        this.id = UUID.randomUUID().toString();
        this.version = version;
        this.position = position;
        this.code = code;
        this.kind = kind;
        this.title = title;
        this.description = description;
    }

    @Override
    public ProgrammeVersion owningVersion() {
        return version;
    }

    public void change(String title, ComponentKind kind, String description) {
        version.requireDraft();
        this.title = title;
        this.kind = kind;
        this.description = description;
    }

    public Module addModule(Module.Header header) {
        version.requireDraft();
        if (version.modules().stream().anyMatch(m -> m.getCode().equals(header.code()))) {
            throw new IllegalArgumentException("module " + header.code() + " twice");
        }
        Module m = new Module(this, modules.size(), header);
        modules.add(m);
        return m;
    }

    public void removeModule(Module module) {
        version.requireDraft();
        modules.remove(module);
        renumber();
    }

    public void moveModule(Module module, int newIndex) {
        version.requireDraft();
        modules.remove(module);
        modules.add(Math.max(0, Math.min(newIndex, modules.size())), module);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).position(i);
        }
    }

    void position(int position) {
        this.position = position;
    }

    public BigDecimal hours() {
        return modules.stream().map(Module::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void copyInto(ProgrammeVersion target) {
        ProgrammeComponent copy = target.addComponent(code, kind, title, description);
        for (Module m : modules) {
            m.copyInto(copy);
        }
    }

    public String getId() {
        return id;
    }

    public ProgrammeVersion getVersion() {
        return version;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public ComponentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<Module> getModules() {
        return List.copyOf(modules);
    }
}

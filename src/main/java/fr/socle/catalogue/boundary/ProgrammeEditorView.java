package fr.socle.catalogue.boundary;

import fr.socle.platform.ErrorPages;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.Programme;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.event.ReorderEvent;

/**
 * teach/programme.xhtml?code=...: a programme's draft: its sheet, components and modules (ordered
 * by drag and drop or by the up and down buttons), publication and sharing.
 */
@Named
@ViewScoped
public class ProgrammeEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Programmes programmes;

    @Inject
    transient Authoring authoring;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String code;
    private transient Programme programme;
    private transient ProgrammeVersion draft;
    private ProgrammeInput sheet;
    private Visibility visibility;

    private String componentCode;
    private ComponentKind componentKind = ComponentKind.SPECIALISATION;
    private String componentTitle;

    private String moduleComponentId;
    private String moduleCode;
    private String moduleTitle;
    private BigDecimal moduleHours;
    private Modality moduleModality = Modality.PRESENTIEL;
    private String moduleObjectives;

    private List<String> problems = List.of();

    public void load() throws IOException {
        try {
            reload();
        } catch (Problem p) {
            ErrorPages.send(p.kind().status);
        }
    }

    private void reload() {
        programme = programmes.editableProgramme(current.require(), code);
        draft = programme.draft().orElse(null);
        visibility = programme.getVisibility();
        if (draft != null) {
            sheet = ProgrammeInput.of(code, draft.header());
            problems = draft.publicationProblems().stream()
                    .map(k -> Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), k)).toList();
        }
    }

    private Programme programme() {
        if (programme == null) {
            reload();
        }
        return programme;
    }

    public void openDraft() {
        run(() -> authoring.draft(current.require(), code), "socle.authoring.draftOpened");
    }

    public void saveSheet() {
        run(() -> authoring.updateSheet(current.require(), code, sheet.header()), "socle.authoring.saved");
    }

    public void addComponent() {
        run(() -> authoring.addComponent(current.require(), code, componentCode, componentKind, componentTitle), "socle.authoring.saved");
        componentCode = null;
        componentTitle = null;
    }

    public void removeComponent(String id) {
        run(() -> authoring.removeComponent(current.require(), code, id), "socle.authoring.removed");
    }

    public void moveComponent(String id, int index) {
        run(() -> authoring.moveComponent(current.require(), code, id, index), null);
    }

    public void addModule() {
        try {
            Module.Header header = new Module.Header(moduleCode == null ? null : moduleCode.strip().toUpperCase(java.util.Locale.ROOT),
                    moduleTitle, moduleHours, moduleModality,
                    moduleObjectives == null ? List.of() : moduleObjectives.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                    null, null);
            run(() -> authoring.addModule(current.require(), code, moduleComponentId, header), "socle.authoring.saved");
            moduleCode = null;
            moduleTitle = null;
            moduleHours = null;
            moduleObjectives = null;
        } catch (IllegalArgumentException | NullPointerException e) {
            messages.error(null, "socle.authoring.badModule");
        }
    }

    public void removeModule(String id) {
        run(() -> authoring.removeModule(current.require(), code, id), "socle.authoring.removed");
    }

    public void moveModule(String id, int index) {
        run(() -> authoring.moveModule(current.require(), code, id, index), null);
    }

    /** Drag and drop of a module row within its component's table. */
    public void onModuleReorder(ReorderEvent event) {
        String componentId = (String) event.getComponent().getAttributes().get("componentId");
        var component = draft.getComponents().stream().filter(c -> c.getId().equals(componentId)).findFirst().orElseThrow();
        String moduleId = component.getModules().get(event.getFromIndex()).getId();
        moveModule(moduleId, event.getToIndex());
    }

    public void publish() {
        run(() -> programmes.publish(current.require(), code), "socle.authoring.published.done");
    }

    public void share() {
        run(() -> programmes.share(current.require(), code, visibility), "socle.authoring.saved");
    }

    private void run(Runnable action, String doneKey) {
        messages.attempt(action, doneKey, code);
        reload();
    }

    public Programme getProgramme() {
        return programme();
    }

    public ProgrammeVersion getDraft() {
        programme();
        return draft;
    }

    public ProgrammeVersion getLatest() {
        return programme().latestPublished().orElse(null);
    }

    public List<String> getProblems() {
        return problems;
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public ComponentKind[] getComponentKinds() {
        return ComponentKind.values();
    }

    public Modality[] getModalities() {
        return Modality.values();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ProgrammeInput getSheet() { return sheet; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public String getComponentCode() { return componentCode; }
    public void setComponentCode(String componentCode) { this.componentCode = componentCode; }
    public ComponentKind getComponentKind() { return componentKind; }
    public void setComponentKind(ComponentKind componentKind) { this.componentKind = componentKind; }
    public String getComponentTitle() { return componentTitle; }
    public void setComponentTitle(String componentTitle) { this.componentTitle = componentTitle; }
    public String getModuleComponentId() { return moduleComponentId; }
    public void setModuleComponentId(String moduleComponentId) { this.moduleComponentId = moduleComponentId; }
    public String getModuleCode() { return moduleCode; }
    public void setModuleCode(String moduleCode) { this.moduleCode = moduleCode; }
    public String getModuleTitle() { return moduleTitle; }
    public void setModuleTitle(String moduleTitle) { this.moduleTitle = moduleTitle; }
    public BigDecimal getModuleHours() { return moduleHours; }
    public void setModuleHours(BigDecimal moduleHours) { this.moduleHours = moduleHours; }
    public Modality getModuleModality() { return moduleModality; }
    public void setModuleModality(Modality moduleModality) { this.moduleModality = moduleModality; }
    public String getModuleObjectives() { return moduleObjectives; }
    public void setModuleObjectives(String moduleObjectives) { this.moduleObjectives = moduleObjectives; }
}

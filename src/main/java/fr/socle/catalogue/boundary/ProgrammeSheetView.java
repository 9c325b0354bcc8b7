package fr.socle.catalogue.boundary;

import fr.socle.platform.Role;
import fr.socle.platform.Formats;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.ErrorPages;
import fr.socle.catalogue.entity.Programme;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** catalogue/programme.xhtml?code=...&amp;version=...: a programme's public information sheet and contents. */
@Named
@ViewScoped
public class ProgrammeSheetView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Programmes programmes;

    @Inject
    transient CurrentCaller current;

    private String code;
    private Integer version;
    private transient ProgrammeVersion shown;
    private transient Programme programme;

    public void load() throws IOException {
        try {
            shown = programmes.version(current.get(), code, version);
            programme = shown.getProgramme();
        } catch (Problem p) {
            ErrorPages.send(404);
        }
    }

    public ProgrammeVersion getShown() {
        if (shown == null && code != null) {
            shown = programmes.version(current.get(), code, version);
            programme = shown.getProgramme();
        }
        return shown;
    }

    /** A date as people read it, in the page's language and in France's time zone. */
    public String date(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(instant.atZone(Formats.PARIS));
    }

    public List<ProgrammeVersion> getHistory() {
        getShown();
        if (programme == null) {
            return List.of();
        }
        boolean editor = programmes.canEdit(current.get(), programme);
        List<ProgrammeVersion> versions = new java.util.ArrayList<>(programme.getVersions().stream().filter(v -> v.isPublished() || editor).toList());
        java.util.Collections.reverse(versions);
        return versions;
    }

    public boolean isEditable() {
        getShown();
        return programme != null && programmes.canEdit(current.get(), programme);
    }

    @Inject
    transient FacesMessages messages;

    private String copyCode;
    private String copyOrganisationId;

    /** Copies this programme into one of the caller's organisations and opens the copy's draft. */
    public void copy() throws IOException {
        try {
            var copy = programmes.copy(current.require(), code, copyOrganisationId, copyCode);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/teach/programme.xhtml?code=" + copy.getCode());
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public boolean isSignedIn() {
        return current.get().isPresent();
    }

    public boolean isMayCopy() {
        return current.get().map(c -> c.hasAnyRole(java.util.List.of(Role.TRAINER,
                Role.ORG_ADMIN))).orElse(false);
    }

    public String getCopyCode() {
        return copyCode;
    }

    public void setCopyCode(String copyCode) {
        this.copyCode = copyCode;
    }

    public String getCopyOrganisationId() {
        return copyOrganisationId;
    }

    public void setCopyOrganisationId(String copyOrganisationId) {
        this.copyOrganisationId = copyOrganisationId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}

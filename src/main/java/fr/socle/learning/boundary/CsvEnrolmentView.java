package fr.socle.learning.boundary;

import fr.socle.platform.BodyLimits;
import fr.socle.learning.control.EnrolmentCsv;
import jakarta.enterprise.event.Observes;
import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** admin/enrolments.xhtml: enrolments in bulk from a CSV file, checked line by line before anything is imported. */
@Named
@ViewScoped
public class CsvEnrolmentView implements Serializable {

    /** A CSV of enrolments, on this page or through the API, takes the CSV limit. */
    static void bodyLimits(@Observes BodyLimits.Routes routes) {
        routes.add(EnrolmentCsv.MAX_BYTES, "/admin/enrolments.xhtml", "/api/v1/enrolments/csv");
    }


    private static final long serialVersionUID = 1L;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String organisationId;
    private transient Part file;
    private byte[] content;
    private List<String> problems = List.of();
    private boolean checked;
    private int lines;

    public List<Organisation> getOrganisations() {
        return organisations.taught(current.require());
    }

    /** Checks the uploaded file; keeps it for the import if every line is clean. */
    public void check() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error(null, "socle.authoring.noFile");
            return;
        }
        content = file.getInputStream().readAllBytes();
        run(false);
    }

    public void importChecked() {
        if (content != null && checked && problems.isEmpty()) {
            run(true);
        }
    }

    private void run(boolean commit) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            var report = enrolments.importCsv(current.require(), organisationId, content, commit);
            problems = new java.util.ArrayList<>(report.fileProblems().stream().map(k -> Messages.get(locale, k)).toList());
            report.lines().forEach(l -> l.problems().forEach(k -> problems.add(Messages.get(locale, "socle.csv.line", l.line(), Messages.get(locale, k)))));
            lines = report.lines().size();
            checked = true;
            if (report.imported()) {
                messages.info("socle.csv.imported", lines);
                content = null;
                checked = false;
            }
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public List<String> getProblems() { return problems; }
    public boolean isChecked() { return checked; }
    public int getLines() { return lines; }
}

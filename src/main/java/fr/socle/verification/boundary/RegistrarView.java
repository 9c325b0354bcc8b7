package fr.socle.verification.boundary;

import fr.socle.verification.control.VerificationCsv;
import fr.socle.platform.Xlsx;
import fr.socle.platform.BodyLimits;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.boundary.Organisations;
import jakarta.enterprise.event.Observes;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Downloads;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** registrar/index.xhtml: bulk verification by CSV file, and the read-only register with its CSV export. */
@Named
@ViewScoped
public class RegistrarView implements Serializable {

    /** The bulk verification's file of codes, on this page and through the API, takes more than the default body. */
    static void bodyLimits(@Observes BodyLimits.Routes routes) {
        routes.add(VerificationCsv.MAX_BYTES, "/registrar/index.xhtml", "/api/v1/verifications");
    }


    private static final long serialVersionUID = 1L;

    @Inject
    transient Registrar registrar;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private transient Part file;
    private String query;
    private String programme;
    private java.time.LocalDate issuedFrom;
    private java.time.LocalDate issuedTo;
    private String organisation;
    private transient List<Organisation> organisations;

    @Inject
    transient Organisations organisationsFacade;
    private transient List<Registrar.Entry> entries;

    public void verifyFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error(null, "socle.registrar.noFile");
            return;
        }
        if (file.getSize() > VerificationCsv.MAX_BYTES) {
            messages.error(null, "socle.registrar.badCsv", VerificationCsv.MAX_CODES);
            return;
        }
        byte[] csv;
        try (InputStream in = file.getInputStream()) {
            csv = in.readAllBytes();
        }
        try {
            Downloads.send(registrar.verifyCsv(current.require(), csv), "text/csv; charset=UTF-8", "verifications.csv");
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public void search() {
        entries = registrar.search(current.require(), filter());
    }

    public void export() throws IOException {
        Downloads.send(registrar.exportCsv(current.require(), filter()), "text/csv; charset=UTF-8", "registre.csv");
    }

    public void exportXlsx() throws IOException {
        Downloads.send(registrar.exportXlsx(current.require(), filter()), Xlsx.MEDIA_TYPE, "registre.xlsx");
    }

    private Registrar.Filter filter() {
        return new Registrar.Filter(query, programme, issuedFrom, issuedTo, organisation);
    }

    /** The organisations a registrar may filter by (every one, by name; at most a page). */
    public List<Organisation> getOrganisations() {
        if (organisations == null) {
            organisations = organisationsFacade.list(current.require(), null, 0, Organisations.MAX_PAGE);
        }
        return organisations;
    }

    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public java.time.LocalDate getIssuedFrom() { return issuedFrom; }
    public void setIssuedFrom(java.time.LocalDate issuedFrom) { this.issuedFrom = issuedFrom; }
    public java.time.LocalDate getIssuedTo() { return issuedTo; }
    public void setIssuedTo(java.time.LocalDate issuedTo) { this.issuedTo = issuedTo; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }

    public List<Registrar.Entry> getEntries() {
        return entries;
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}

package fr.socle.certification.boundary;

import fr.socle.platform.BodyLimits;
import jakarta.enterprise.event.Observes;
import fr.socle.certification.entity.Certificate;
import fr.socle.certification.entity.IssuerProfile;
import fr.socle.learning.boundary.EnrolmentRef;
import fr.socle.platform.CurrentCaller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * teach/documents.xhtml: the documents of my organisations. Trainers issue attestations by hand;
 * administrators revoke and reissue, and set how their organisation signs (signatory, agrément, logo).
 */
@Named
@ViewScoped
public class TeachDocumentsView implements Serializable {

    /** The signatory's logo is uploaded on this page. */
    static void bodyLimits(@Observes BodyLimits.Routes routes) {
        routes.add(IssuerProfile.LOGO_MAX, "/teach/documents.xhtml");
    }


    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String query;
    private transient List<Certificate> documents;
    private transient List<EnrolmentRef> issuable;
    private transient List<Organisation> administered;
    private String enrolmentId;
    private DocumentKind kind = DocumentKind.ATTESTATION_FIN_FORMATION;
    private String selectedCode;
    private String reason;
    private String issuerId;
    private String signatoryName;
    private String signatoryTitle;
    private String agrement;
    private transient Part logo;

    public List<Certificate> getDocuments() {
        if (documents == null) {
            documents = certificates.list(current.require(), query);
        }
        return documents;
    }

    public List<EnrolmentRef> getIssuable() {
        if (issuable == null) {
            issuable = certificates.issuable(current.require());
        }
        return issuable;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public Certificate.Status status(Certificate c) {
        return c.status(LocalDate.now(Formats.PARIS));
    }

    public void search() {
        documents = null;
    }

    public void issue() {
        messages.attempt(() -> {
            var issued = certificates.issue(current.require(), kind, enrolmentId, null);
            selectedCode = issued.certificate().getCode();
        }, "socle.documents.issued");
        documents = null;
    }

    public void select(String code) {
        selectedCode = code;
        reason = null;
    }

    public void revoke() {
        messages.attempt(() -> certificates.revoke(current.require(), selectedCode, reason), "socle.documents.revoked", selectedCode);
        documents = null;
    }

    public void reissue() {
        messages.attempt(() -> selectedCode = certificates.reissue(current.require(), selectedCode, reason, null).getCode(),
                "socle.documents.reissued");
        documents = null;
    }

    /** The organisations whose signatory I set: those I administer. */
    public List<Organisation> getAdministered() {
        if (administered == null) {
            administered = organisations.administered(current.require());
        }
        return administered;
    }

    public void loadIssuer() {
        if (issuerId == null || issuerId.isBlank()) {
            return;
        }
        try {
            IssuerProfile p = certificates.profile(current.require(), issuerId);
            signatoryName = p.getSignatoryName();
            signatoryTitle = p.getSignatoryTitle();
            agrement = p.getAgrement();
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public void saveIssuer() {
        byte[] png = null;
        if (logo != null && logo.getSize() > 0) {
            if (logo.getSize() > IssuerProfile.LOGO_MAX) {
                messages.error(null, "socle.issuer.invalid", IssuerProfile.LOGO_MAX / 1024 + " Ko");
                return;
            }
            try (InputStream in = logo.getInputStream()) {
                png = in.readAllBytes();
            } catch (IOException e) {
                messages.error(null, "socle.issuer.invalid", e.getMessage());
                return;
            }
        }
        byte[] content = png;
        messages.attempt(() -> certificates.saveProfile(current.require(), issuerId, signatoryName, signatoryTitle, agrement, content),
                "socle.issuer.saved");
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getEnrolmentId() { return enrolmentId; }
    public void setEnrolmentId(String enrolmentId) { this.enrolmentId = enrolmentId; }
    public DocumentKind getKind() { return kind; }
    public void setKind(DocumentKind kind) { this.kind = kind; }
    public String getSelectedCode() { return selectedCode; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getIssuerId() { return issuerId; }
    public void setIssuerId(String issuerId) { this.issuerId = issuerId; }
    public String getSignatoryName() { return signatoryName; }
    public void setSignatoryName(String signatoryName) { this.signatoryName = signatoryName; }
    public String getSignatoryTitle() { return signatoryTitle; }
    public void setSignatoryTitle(String signatoryTitle) { this.signatoryTitle = signatoryTitle; }
    public String getAgrement() { return agrement; }
    public void setAgrement(String agrement) { this.agrement = agrement; }
    public Part getLogo() { return logo; }
    public void setLogo(Part logo) { this.logo = logo; }
}

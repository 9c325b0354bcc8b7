package fr.socle.certification.boundary;

import fr.socle.certification.entity.Certificate;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** learn/documents.xhtml: the attestations and certificates issued to me, to download and share. */
@Named
@RequestScoped
public class MyDocumentsView {

    @Inject
    Certificates certificates;

    @Inject
    CurrentCaller current;

    private List<Certificate> documents;

    public List<Certificate> getDocuments() {
        if (documents == null) {
            documents = certificates.mine(current.require());
        }
        return documents;
    }

    public Certificate.Status status(Certificate c) {
        return c.status(LocalDate.now(Formats.PARIS));
    }
}

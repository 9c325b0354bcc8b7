package fr.socle.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A document's sealed PDF, written once, kept apart so that lists never read it. */
@Entity
@Table(name = "certificate_pdf")
public class CertificatePdf {

    @Id
    @Column(name = "certificate_id", length = 36)
    private String certificateId;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected CertificatePdf() {
    }

    public CertificatePdf(Certificate certificate, byte[] content) {
        this.certificateId = certificate.getId();
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}

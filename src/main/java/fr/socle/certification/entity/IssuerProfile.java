package fr.socle.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * How an organisation signs the documents it issues: its signatory (name and title), its agrément
 * number to train élus, and its logo (PNG) on the templates.
 */
@Entity
@Table(name = "issuer_profile")
public class IssuerProfile {

    public static final int NAME_MAX = 200;
    public static final int AGREMENT_MAX = 60;
    public static final int LOGO_MAX = 512 * 1024;

    @Id
    @Column(name = "organisation_id", length = 36)
    private String organisationId;

    @Column(name = "signatory_name", length = NAME_MAX)
    private String signatoryName;

    @Column(name = "signatory_title", length = NAME_MAX)
    private String signatoryTitle;

    @Column(length = AGREMENT_MAX)
    private String agrement;

    @Lob
    private byte[] logo;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long optlock;

    protected IssuerProfile() {
    }

    public IssuerProfile(String organisationId, Instant now) {
        this.organisationId = organisationId;
        this.updatedAt = now;
    }

    public void change(String signatoryName, String signatoryTitle, String agrement, Instant now) {
        this.signatoryName = trimmed(signatoryName, NAME_MAX);
        this.signatoryTitle = trimmed(signatoryTitle, NAME_MAX);
        this.agrement = trimmed(agrement, AGREMENT_MAX);
        this.updatedAt = now;
    }

    /** A PNG logo (checked by its signature), or null to remove it. */
    public void logo(byte[] png, Instant now) {
        if (png != null && (png.length > LOGO_MAX || png.length < 8 || (png[0] & 0xff) != 0x89 || png[1] != 'P' || png[2] != 'N'
                || png[3] != 'G')) {
            throw new IllegalArgumentException("a PNG of at most " + LOGO_MAX / 1024 + " KB");
        }
        this.logo = png == null ? null : png.clone();
        this.updatedAt = now;
    }

    private static String trimmed(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException("at most " + max + " characters");
        }
        return value.strip();
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getSignatoryTitle() {
        return signatoryTitle;
    }

    public String getAgrement() {
        return agrement;
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }
}

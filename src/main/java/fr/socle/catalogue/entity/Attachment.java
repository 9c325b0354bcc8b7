package fr.socle.catalogue.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** An image or file of a lesson, stored by the application (not a link to elsewhere). */
@Entity
@Table(name = "attachment")
@EntityListeners(VersionPart.Guard.class)
public class Attachment implements VersionPart {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private Activity activity;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected Attachment() {
    }

    Attachment(Activity activity, String name, String mediaType, byte[] content) {
        this.id = UUID.randomUUID().toString();
        this.activity = activity;
        this.name = name;
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    @Override
    public ProgrammeVersion owningVersion() {
        return activity.owningVersion();
    }

    public String getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}

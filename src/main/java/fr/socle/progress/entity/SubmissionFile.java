package fr.socle.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

/** The bytes of a submission, written once with it and never changed. */
@Entity
@Table(name = "assignment_file")
public class SubmissionFile {

    @Id
    @Column(name = "submission_id", length = 36)
    private String submissionId;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected SubmissionFile() {
    }

    public SubmissionFile(Submission submission, byte[] content) {
        if (content == null || content.length != submission.getSize()) {
            throw new IllegalArgumentException("content");
        }
        this.submissionId = submission.getId();
        this.content = content.clone();
    }

    @PreUpdate
    @PreRemove
    void writeOnce() {
        throw new IllegalStateException("A submitted file is never changed");
    }

    public String getSubmissionId() { return submissionId; }
    public byte[] getContent() { return content.clone(); }
}

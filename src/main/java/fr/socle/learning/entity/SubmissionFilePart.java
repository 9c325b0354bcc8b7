package fr.socle.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One part of a submitted file, written once with its submission and never changed. A file is
 * stored in parts of at most 1 MB: MySQL's driver sends binary values hex-encoded (twice their size)
 * on a UTF-8 connection, and a 10 MB file in one row would exceed MariaDB's default 16 MB packet.
 */
@Entity
@Table(name = "assignment_file_part")
@NamedQuery(name = SubmissionFilePart.OF_SUBMISSION, query = "SELECT p FROM SubmissionFilePart p WHERE p.submissionId = :submission ORDER BY p.number")
public class SubmissionFilePart {

    public static final String OF_SUBMISSION = "SubmissionFilePart.ofSubmission";
    public static final int MAX_PART = 1024 * 1024;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "submission_id", nullable = false, length = 36)
    private String submissionId;

    @Column(name = "part", nullable = false)
    private int number;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected SubmissionFilePart() {
    }

    private SubmissionFilePart(Submission submission, int number, byte[] content) {
        this.id = UUID.randomUUID().toString();
        this.submissionId = submission.getId();
        this.number = number;
        this.content = content;
    }

    /** The parts of a submission's file, in order. */
    public static List<SubmissionFilePart> split(Submission submission, byte[] content) {
        if (content == null || content.length != submission.getSize()) {
            throw new IllegalArgumentException("content");
        }
        List<SubmissionFilePart> parts = new ArrayList<>();
        for (int from = 0; from < content.length; from += MAX_PART) {
            parts.add(new SubmissionFilePart(submission, parts.size(), Arrays.copyOfRange(content, from, Math.min(content.length, from + MAX_PART))));
        }
        return parts;
    }

    /** The file again, from its parts in order. */
    public static byte[] join(List<SubmissionFilePart> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.stream().sorted((a, b) -> Integer.compare(a.number, b.number)).forEach(p -> out.writeBytes(p.content));
        return out.toByteArray();
    }

    @PreUpdate
    @PreRemove
    void writeOnce() {
        throw new IllegalStateException("A submitted file is never changed");
    }

    public String getSubmissionId() { return submissionId; }
    public int getNumber() { return number; }
}

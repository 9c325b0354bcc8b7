package fr.socle.export.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A part of an export's file, in order (see V12: at most {@link #SIZE} bytes each, so that any instance serves it). */
@Entity
@Table(name = "export_file_part")
@IdClass(ExportFilePart.Key.class)
@NamedQueries({
    @NamedQuery(name = ExportFilePart.SEQS, query = "SELECT p.seq FROM ExportFilePart p WHERE p.jobId = :job ORDER BY p.seq"),
    @NamedQuery(name = ExportFilePart.DELETE_OF_JOB, query = "DELETE FROM ExportFilePart p WHERE p.jobId = :job")
})
public class ExportFilePart {

    public static final String SEQS = "ExportFilePart.seqs";
    public static final String DELETE_OF_JOB = "ExportFilePart.deleteOfJob";
    /** 4 MiB: a quarter of MariaDB's default max_allowed_packet. */
    public static final int SIZE = 4 * 1024 * 1024;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String jobId;
        public int seq;

        public Key() {
        }

        public Key(String jobId, int seq) {
            this.jobId = jobId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.jobId.equals(jobId) && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return jobId.hashCode() * 31 + seq;
        }
    }

    @Id
    @Column(name = "job_id", length = 36)
    private String jobId;

    @Id
    @Column(name = "seq")
    private int seq;

    @jakarta.persistence.Lob
    @Column(nullable = false)
    private byte[] content;

    protected ExportFilePart() {
    }

    public ExportFilePart(String jobId, int seq, byte[] content) {
        this.jobId = jobId;
        this.seq = seq;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}

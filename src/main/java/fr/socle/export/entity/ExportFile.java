package fr.socle.export.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A finished export's file: its name, size and SHA-256, its bytes in {@link ExportFilePart}s; stored with
 * the job's DONE status in one transaction, keyed by the job's id (a background job of the engine).
 */
@Entity
@Table(name = "export_file")
public class ExportFile {

    @Id
    @Column(name = "job_id", length = 36)
    private String jobId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    protected ExportFile() {
    }

    public ExportFile(String jobId, String fileName, long fileSize, String fileSha256) {
        this.jobId = jobId;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.fileSha256 = fileSha256;
    }

    public String getJobId() { return jobId; }
    public String getFileName() { return fileName; }
    public long getFileSize() { return fileSize; }
    public String getFileSha256() { return fileSha256; }
}

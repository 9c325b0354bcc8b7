package fr.socle.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last entry of the certification log (one row). Appending locks it, so that two issuances never
 * chain to the same previous entry.
 */
@Entity
@Table(name = "certification_log_head")
public class LogHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private long seq;

    @Column(nullable = false, length = 64)
    private String hash;

    protected LogHead() {
    }

    public void moveTo(LogEntry entry) {
        this.seq = entry.getSeq();
        this.hash = entry.getHash();
    }

    public long getSeq() {
        return seq;
    }

    public String getHash() {
        return hash;
    }
}

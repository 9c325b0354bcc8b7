package fr.socle.learning.entity;

import fr.socle.platform.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** An élu's mandate: its type, the collectivité, its dates and delegation. No party, ever. */
@Embeddable
public class Mandate {

    public enum Type { MAIRE, ADJOINT, CONSEILLER_MUNICIPAL, CONSEILLER_COMMUNAUTAIRE, CONSEILLER_DEPARTEMENTAL, CONSEILLER_REGIONAL, PRESIDENT, VICE_PRESIDENT, AUTRE }

    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "mandate_type", nullable = false, length = 32)
    private Type type;

    @Column(nullable = false, length = 200)
    private String collectivite;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Column(length = 300)
    private String delegation;

    protected Mandate() {
    }

    public Mandate(Type type, String collectivite, LocalDate start, LocalDate end, String delegation) {
        if (type == null || collectivite == null || collectivite.isBlank() || collectivite.length() > 200 || start == null
                || !Period.inRange(start) || (end != null && (end.isBefore(start) || !Period.inRange(end)))
                || (delegation != null && delegation.length() > 300)) {
            throw new IllegalArgumentException("mandate");
        }
        this.id = java.util.UUID.randomUUID().toString();
        this.type = type;
        this.collectivite = collectivite.strip();
        this.start = start;
        this.end = end;
        this.delegation = delegation == null || delegation.isBlank() ? null : delegation.strip();
    }

    public boolean isCurrent(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public String getId() { return id; }
    public Type getType() { return type; }
    public String getCollectivite() { return collectivite; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    public String getDelegation() { return delegation; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mandate m && Objects.equals(id, m.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

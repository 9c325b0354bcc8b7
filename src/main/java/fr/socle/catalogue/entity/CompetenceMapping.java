package fr.socle.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/** One competence of a framework corresponds to one of another framework. */
@Entity
@Table(name = "competence_mapping")
@NamedQuery(name = CompetenceMapping.OF_FRAMEWORK, query = "SELECT m FROM CompetenceMapping m WHERE m.from.framework.id = :framework")
public class CompetenceMapping {

    public static final String OF_FRAMEWORK = "CompetenceMapping.ofFramework";

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_id", nullable = false)
    private Competence from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_id", nullable = false)
    private Competence to;

    protected CompetenceMapping() {
    }

    public CompetenceMapping(Competence from, Competence to) {
        this.id = UUID.randomUUID().toString();
        this.from = from;
        this.to = to;
    }

    public Competence getFrom() {
        return from;
    }

    public Competence getTo() {
        return to;
    }
}

package fr.socle.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learning event kept as an xAPI statement (actor, verb, object, result, timestamp). Never changed. */
@Entity
@Table(name = "xapi_statement")
@jakarta.persistence.NamedQuery(name = XapiStatement.COUNT_OF_LEARNER_BETWEEN,
        query = "SELECT COUNT(x) FROM XapiStatement x WHERE x.learnerId = :learner AND x.storedAt BETWEEN :from AND :to")
public class XapiStatement {

    public static final String COUNT_OF_LEARNER_BETWEEN = "XapiStatement.countOfLearnerBetween";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "organisation_id", nullable = false, length = 36)
    private String organisationId;

    @Column(name = "learner_id", nullable = false, length = 36)
    private String learnerId;

    @Column(nullable = false, length = 200)
    private String verb;

    @Column(name = "object_id", nullable = false, length = 500)
    private String objectId;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    @Lob
    @Column(nullable = false)
    private String statement;

    protected XapiStatement() {
    }

    public XapiStatement(String id, String organisationId, String learnerId, String verb, String objectId, Instant storedAt, String statement) {
        this.id = id;
        this.organisationId = organisationId;
        this.learnerId = learnerId;
        this.verb = verb;
        this.objectId = objectId;
        this.storedAt = storedAt;
        this.statement = statement;
    }

    @PreUpdate
    @PreRemove
    void appendOnly() {
        throw new IllegalStateException("xAPI statements are never changed");
    }

    public String getId() { return id; }
    public String getOrganisationId() { return organisationId; }
    public String getLearnerId() { return learnerId; }
    public String getVerb() { return verb; }
    public String getObjectId() { return objectId; }
    public Instant getStoredAt() { return storedAt; }
    public String getStatement() { return statement; }
}

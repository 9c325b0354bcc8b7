package fr.socle.learning.boundary;

import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.Caller;
import fr.socle.platform.Clock;
import fr.socle.learning.control.Xapi;
import fr.socle.learning.entity.XapiStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Learning events as xAPI statements: written with the event, read back for an external LRS. */
@ApplicationScoped
@Transactional
public class LearningRecords {

    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "socle.xapi.base", defaultValue = "https://socle.local")
    String base;

    /** The IRI of a programme version, or of one of its activities. */
    public String iri(Enrolment e, String activityId) {
        String version = base + "/programmes/" + e.getVersion().getProgramme().getCode() + "/versions/" + e.getVersion().getNumber();
        return activityId == null ? version : version + "/activities/" + activityId;
    }

    public void record(Enrolment e, String verb, String activityId, String name, Integer score, Boolean success, Boolean completion) {
        Instant now = clock.now();
        String id = UUID.randomUUID().toString();
        String object = iri(e, activityId);
        em.persist(new XapiStatement(id, e.getOrganisation().getId(), e.getLearner().getId(), verb, object, now,
                Xapi.statement(id, base, e.getLearner().getId(), verb, object, name, score, success, completion, now)));
    }

    /**
     * Statements the caller may read, oldest first: its own; its organisations' people's for their
     * trainers and administrators; all for platform admins and registrars. Filterable by learner and date.
     */
    public List<XapiStatement> statements(Caller caller, String learner, Instant since, Instant until, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM XapiStatement s WHERE 1 = 1");
        boolean everything = caller.platformAdmin() || caller.isRegistrar();
        java.util.Set<String> followed = caller.taught();
        if (!everything) {
            jpql.append(followed.isEmpty() ? " AND s.learnerId = :self" : " AND (s.learnerId = :self OR s.organisationId IN :orgs)");
        }
        if (learner != null) {
            jpql.append(" AND s.learnerId = :learner");
        }
        if (since != null) {
            jpql.append(" AND s.storedAt >= :since");
        }
        if (until != null) {
            jpql.append(" AND s.storedAt < :until");
        }
        jpql.append(" ORDER BY s.storedAt, s.id");
        TypedQuery<XapiStatement> q = em.createQuery(jpql.toString(), XapiStatement.class);
        if (!everything) {
            q.setParameter("self", caller.accountId());
            if (!followed.isEmpty()) {
                q.setParameter("orgs", followed);
            }
        }
        if (learner != null) {
            q.setParameter("learner", learner);
        }
        if (since != null) {
            q.setParameter("since", since);
        }
        if (until != null) {
            q.setParameter("until", until);
        }
        return q.setMaxResults(Math.min(Math.max(1, limit), MAX_PAGE)).getResultList();
    }
}

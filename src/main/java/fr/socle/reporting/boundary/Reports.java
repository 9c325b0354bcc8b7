package fr.socle.reporting.boundary;

import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeComponent;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.boundary.ProfileType;
import fr.socle.platform.Caller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import fr.socle.learning.entity.HoursEntry;
import fr.socle.reporting.control.CohortGrid;
import fr.socle.reporting.control.OrganisationProgress;
import fr.socle.reporting.control.RiskRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What trainers and organisations see of progress: a session's cohort grid and its learners at risk,
 * an organisation's hours and its people's progress. Each is a handful of set-based queries, however
 * many learners there are; every hour shown is a sum of the same hours-ledger entries.
 */
@ApplicationScoped
@Transactional
public class Reports {

    /** The enrolments of a session, as a subquery: no list of ids travels to the database. */
    private static final String SESSION_ENROLMENTS = "(SELECT l.id FROM TrainingSession s JOIN s.learners l WHERE s.id = :session)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "socle.risk.inactiveDays", defaultValue = "14")
    int inactiveDays;

    /** A session's cohort: its grid and, when asked for, its learners at risk after so many days without activity. */
    public record Cohort(TrainingSession session, CohortGrid grid, List<RiskRules.AtRisk> atRisk, int inactiveDays) {
    }

    public record LearnerMinutes(String learnerId, String learner, int minutes) {
    }

    public record ModuleMinutes(String programme, String module, int minutes) {
    }

    /** An organisation's hours: every figure a sum of its ledger entries, so each breakdown adds up to the total. */
    public record Hours(String organisationId, String name, int minutes, List<LearnerMinutes> byLearner, List<ModuleMinutes> byModule,
                        Map<HoursEntry.Source, Integer> bySource, List<OrganisationProgress.MonthMinutes> byMonth) {
    }

    public int defaultInactiveDays() {
        return inactiveDays;
    }

    /** The grid of a session the caller runs (or any, for a registrar); 404 otherwise. */
    public Cohort cohort(Caller caller, String sessionId) {
        Reading r = read(caller, sessionId);
        return new Cohort(r.session(), grid(r), null, inactiveDays);
    }

    /** The learners at risk in a session: without activity for {@code days} (the configured default when null), or failing a quiz. */
    public Cohort atRisk(Caller caller, String sessionId, Integer days) {
        int idle = days(days);
        Reading r = read(caller, sessionId);
        return new Cohort(r.session(), null, risks(r, idle), idle);
    }

    /** The grid and the learners at risk, from one reading of the results. */
    public Cohort cohortAndRisks(Caller caller, String sessionId, Integer days) {
        int idle = days(days);
        Reading r = read(caller, sessionId);
        return new Cohort(r.session(), grid(r), risks(r, idle), idle);
    }

    /** An organisation's hours, for those who train in it (its trainers and administrators); 404 otherwise. */
    public Hours hours(Caller caller, String organisationId) {
        Organisation o = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (o == null || !caller.teaches(o.getId())) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        return hours(o);
    }

    /** An organisation's people in training, for its administrators; 404 otherwise. */
    public OrganisationProgress progress(Caller caller, String organisationId) {
        Organisation o = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (o == null || !caller.canAdminister(o.getId())) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        List<OrganisationProgress.ProgrammeStatus> programmes = em.createQuery("SELECT p.code, MAX(v.title), e.status, COUNT(e) "
                        + "FROM Enrolment e JOIN e.version v JOIN v.programme p WHERE e.organisation.id = :o GROUP BY p.code, e.status", Object[].class)
                .setParameter("o", o.getId()).getResultStream()
                .map(r -> new OrganisationProgress.ProgrammeStatus((String) r[0], (String) r[1], (EnrolmentStatus) r[2], ((Number) r[3]).longValue()))
                .toList();
        List<OrganisationProgress.ProfileStatus> profiles = new java.util.ArrayList<>();
        em.createQuery("SELECT lp.type, e.status, COUNT(e) FROM Enrolment e, LearnerProfile lp WHERE lp.accountId = e.learner.id "
                        + "AND e.organisation.id = :o GROUP BY lp.type, e.status", Object[].class)
                .setParameter("o", o.getId()).getResultStream()
                .forEach(r -> profiles.add(new OrganisationProgress.ProfileStatus((ProfileType) r[0], (EnrolmentStatus) r[1], ((Number) r[2]).longValue())));
        em.createQuery("SELECT e.status, COUNT(e) FROM Enrolment e WHERE e.organisation.id = :o "
                        + "AND NOT EXISTS (SELECT lp FROM LearnerProfile lp WHERE lp.accountId = e.learner.id) GROUP BY e.status", Object[].class)
                .setParameter("o", o.getId()).getResultStream()
                .forEach(r -> profiles.add(new OrganisationProgress.ProfileStatus(null, (EnrolmentStatus) r[0], ((Number) r[1]).longValue())));
        return OrganisationProgress.of(programmes, profiles, months(o.getId()));
    }

    private Hours hours(Organisation o) {
        List<LearnerMinutes> byLearner = em.createQuery("SELECT h.learnerId, a.displayName, SUM(h.minutes) FROM HoursEntry h, Account a "
                        + "WHERE a.id = h.learnerId AND h.organisationId = :o GROUP BY h.learnerId, a.displayName ORDER BY a.displayName", Object[].class)
                .setParameter("o", o.getId()).getResultStream()
                .map(r -> new LearnerMinutes((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
        List<ModuleMinutes> byModule = em.createQuery("SELECT h.programmeCode, h.moduleCode, SUM(h.minutes) FROM HoursEntry h "
                        + "WHERE h.organisationId = :o GROUP BY h.programmeCode, h.moduleCode ORDER BY h.programmeCode, h.moduleCode", Object[].class)
                .setParameter("o", o.getId()).getResultStream()
                .map(r -> new ModuleMinutes((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
        Map<HoursEntry.Source, Integer> bySource = new EnumMap<>(HoursEntry.Source.class);
        for (HoursEntry.Source source : HoursEntry.Source.values()) {
            bySource.put(source, 0);
        }
        em.createQuery("SELECT h.source, SUM(h.minutes) FROM HoursEntry h WHERE h.organisationId = :o GROUP BY h.source", Object[].class)
                .setParameter("o", o.getId()).getResultStream()
                .forEach(r -> bySource.put((HoursEntry.Source) r[0], ((Number) r[1]).intValue()));
        int total = bySource.values().stream().mapToInt(Integer::intValue).sum();
        return new Hours(o.getId(), o.getName(), total, byLearner, byModule, bySource, months(o.getId()));
    }

    private List<OrganisationProgress.MonthMinutes> months(String organisationId) {
        return em.createQuery("SELECT FUNCTION('YEAR', h.occurredAt), FUNCTION('MONTH', h.occurredAt), SUM(h.minutes) FROM HoursEntry h "
                        + "WHERE h.organisationId = :o GROUP BY FUNCTION('YEAR', h.occurredAt), FUNCTION('MONTH', h.occurredAt)", Object[].class)
                .setParameter("o", organisationId).getResultStream()
                .map(r -> new OrganisationProgress.MonthMinutes(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        ((Number) r[2]).intValue()))
                .sorted(java.util.Comparator.comparing(OrganisationProgress.MonthMinutes::month)).toList();
    }

    private int days(Integer days) {
        if (days == null) {
            return inactiveDays;
        }
        if (days < 0 || days > 3660) {
            throw Problem.badRequest("socle.risk.badDays");
        }
        return days;
    }

    /** The session's enrolments with their learners, in the cohort grid's order (by name); 404 as for the grid. */
    public List<Enrolment> enrolments(Caller caller, String sessionId) {
        return learners(followed(caller, sessionId));
    }

    /** What the grid and the risks are made of: the session, its modules, its learners and their results. */
    private record Reading(TrainingSession session, List<Module> columns, List<Enrolment> learners, List<CohortGrid.Result> results) {
    }

    private Reading read(Caller caller, String sessionId) {
        TrainingSession s = followed(caller, sessionId);
        return new Reading(s, columns(s), learners(s), results(s));
    }

    private CohortGrid grid(Reading r) {
        return CohortGrid.build(r.columns(), r.learners(), r.results(), minutes(r.session()));
    }

    private TrainingSession followed(Caller caller, String id) {
        TrainingSession s = id == null ? null : em.find(TrainingSession.class, id);
        if (s == null || !(caller.teaches(s.getOrganisation().getId()) || caller.isRegistrar())) {
            throw Problem.notFound("socle.session.notFound");
        }
        return s;
    }

    /** The session's module, or every module of its version: components, modules and activities read in three queries. */
    private List<Module> columns(TrainingSession s) {
        em.createQuery("SELECT c FROM ProgrammeComponent c WHERE c.version.id = :v", ProgrammeComponent.class)
                .setParameter("v", s.getVersion().getId())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.modules")
                .setHint("eclipselink.batch", "c.modules.activities")
                .getResultList();
        return s.getVersion().modules().stream().filter(m -> s.getModuleCode() == null || m.getCode().equals(s.getModuleCode())).toList();
    }

    /** The session's enrolments with their learners, by name. */
    private List<Enrolment> learners(TrainingSession s) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.learner WHERE e.id IN " + SESSION_ENROLMENTS, Enrolment.class)
                .setParameter("session", s.getId()).getResultStream()
                .sorted(java.util.Comparator.comparing((Enrolment e) -> e.getLearner().getDisplayName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Enrolment::getId))
                .toList();
    }

    private List<CohortGrid.Result> results(TrainingSession s) {
        return em.createQuery("SELECT r.enrolment.id, r.activityId, r.completedAt, r.bestScore, r.attempts, r.lastAt FROM ActivityResult r "
                        + "WHERE r.enrolment.id IN " + SESSION_ENROLMENTS, Object[].class)
                .setParameter("session", s.getId()).getResultStream()
                .map(r -> new CohortGrid.Result((String) r[0], (String) r[1], r[2] != null, (Integer) r[3], ((Number) r[4]).intValue(), (Instant) r[5]))
                .toList();
    }

    /** Ledger minutes by enrolment, then by module. */
    private Map<String, Map<String, Integer>> minutes(TrainingSession s) {
        Map<String, Map<String, Integer>> minutes = new HashMap<>();
        em.createQuery("SELECT h.enrolmentId, h.moduleCode, SUM(h.minutes) FROM HoursEntry h WHERE h.enrolmentId IN " + SESSION_ENROLMENTS
                        + " GROUP BY h.enrolmentId, h.moduleCode", Object[].class)
                .setParameter("session", s.getId()).getResultStream()
                .forEach(r -> minutes.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).intValue()));
        return minutes;
    }

    /**
     * The last evidence of activity besides activity results: ledger entries (corrections aside) and signatures in this session.
     * In SQL: the latest of two kinds of rows per learner (an aggregate of instants is not something JPQL converts back).
     */
    private List<RiskRules.AtRisk> risks(Reading r, int days) {
        Map<String, Instant> last = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT enrolment_id, MAX(moment) FROM ("
                        + "SELECT h.enrolment_id, h.occurred_at AS moment FROM hours_entry h JOIN session_learner l ON l.enrolment_id = h.enrolment_id "
                        + "WHERE l.session_id = ?1 AND h.source <> 'CORRECTION' "
                        + "UNION ALL SELECT g.enrolment_id, g.signed_at FROM attendance_signature g JOIN half_day d ON d.id = g.half_day_id "
                        + "WHERE d.session_id = ?2) activity GROUP BY enrolment_id")
                .setParameter(1, r.session().getId()).setParameter(2, r.session().getId()).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            last.put(String.valueOf(columns[0]).strip(), utc(columns[1]));
        }
        return RiskRules.atRisk(r.learners(), r.results(), last, clock.now(), days);
    }

    /** A DATETIME as stored (UTC wall-clock, see InstantConverter), whichever type the driver gives. */
    static Instant utc(Object value) {
        java.time.LocalDateTime time = value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) value;
        return time.toInstant(java.time.ZoneOffset.UTC);
    }

}

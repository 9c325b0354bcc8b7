package fr.socle.learning.boundary;

import fr.socle.learning.control.CompletionRules;
import fr.socle.learning.control.HoursLedger;
import fr.socle.learning.entity.ActivityResult;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.HoursEntry;
import fr.socle.learning.entity.LearnerProfile;
import fr.socle.platform.Problem;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/**
 * What learning publishes of its records: each enrolment as a {@link LearningRecord} (read in one go:
 * the enrolment, its ledger, its results, its learner's profile), records of an organisation over a
 * period for reports; and the learning events as xAPI statements, written with the event, read back
 * for an external LRS.
 */
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

    /** The record of an enrolment, for a feature acting on the platform's behalf (the caller is checked by that feature). */
    public Optional<LearningRecord> find(String enrolmentId) {
        Enrolment e = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId);
        if (e == null) {
            return Optional.empty();
        }
        List<HoursEntry> hours = em.createNamedQuery(HoursEntry.OF_ENROLMENT, HoursEntry.class).setParameter("enrolment", e.getId())
                .getResultList();
        List<ActivityResult> results = em.createNamedQuery(ActivityResult.OF_ENROLMENT, ActivityResult.class)
                .setParameter("enrolment", e.getId()).getResultList();
        return Optional.of(of(e, em.find(LearnerProfile.class, e.getLearner().getId()), hours, results));
    }

    /** The record of an enrolment the caller follows, or teaches in its organisation; 404 otherwise. */
    public LearningRecord record(Caller caller, String enrolmentId) {
        return find(enrolmentId).filter(r -> r.accountId().equals(caller.accountId()) || caller.teaches(r.organisationId()))
                .orElseThrow(() -> Problem.notFound("socle.enrolment.notFound"));
    }

    /**
     * The records of an organisation's enrolments with activity in {@code [from, to)}: minutes in the
     * ledger, an activity result, a start or an end in the period. Their minutes (and first and last
     * hours) are the period's only; their results and status are as they stand. A fixed number of
     * queries whatever the number of enrolments.
     */
    public List<LearningRecord> inPeriod(String organisationId, Instant from, Instant to) {
        Set<String> ids = Set.of(organisationId);
        List<Enrolment> enrolments = em.createNamedQuery(Enrolment.IN_ORGANISATIONS, Enrolment.class).setParameter("ids", ids).getResultList();
        if (enrolments.isEmpty()) {
            return List.of();
        }
        Map<String, List<HoursEntry>> hours = em.createNamedQuery(HoursEntry.IN_ORGANISATIONS, HoursEntry.class).setParameter("ids", ids)
                .getResultStream().filter(h -> within(h.getOccurredAt(), from, to))
                .collect(Collectors.groupingBy(HoursEntry::getEnrolmentId));
        Map<String, List<ActivityResult>> results = em.createNamedQuery(ActivityResult.IN_ORGANISATIONS, ActivityResult.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(r -> r.getEnrolment().getId()));
        Map<String, LearnerProfile> profiles = profiles(enrolments.stream().map(e -> e.getLearner().getId()).collect(Collectors.toSet()));
        return enrolments.stream().filter(e -> hours.containsKey(e.getId()) || within(e.getEnteredAt(), from, to) || within(e.getEndedAt(), from, to)
                        || results.getOrDefault(e.getId(), List.of()).stream().anyMatch(r -> within(r.getLastAt(), from, to)))
                .map(e -> of(e, profiles.get(e.getLearner().getId()), hours.getOrDefault(e.getId(), List.of()),
                        results.getOrDefault(e.getId(), List.of())))
                .toList();
    }

    private Map<String, LearnerProfile> profiles(Collection<String> accountIds) {
        Map<String, LearnerProfile> out = new HashMap<>();
        List<String> all = List.copyOf(accountIds);
        for (int i = 0; i < all.size(); i += 500) {
            em.createNamedQuery(LearnerProfile.OF_ACCOUNTS, LearnerProfile.class).setParameter("ids", all.subList(i, Math.min(all.size(), i + 500)))
                    .getResultStream().forEach(p -> out.put(p.getAccountId(), p));
        }
        return out;
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return at != null && (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    /** Enrolments that have started, of some organisations (of all with null), the latest first: at most {@code max}. */
    public List<EnrolmentRef> started(Set<String> organisationIds, int max) {
        if (organisationIds != null && organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Enrolment.STARTED_IN, Enrolment.class).setParameter("all", organisationIds == null)
                .setParameter("ids", organisationIds == null ? Set.of("") : organisationIds).setMaxResults(max).getResultStream()
                .map(LearningRecords::ref).toList();
    }

    static EnrolmentRef ref(Enrolment e) {
        return new EnrolmentRef(e.getId(), e.getLearner().getId(), e.getLearner().getDisplayName(), e.getOrganisation().getId(),
                e.getVersion().getProgramme().getCode(), e.getVersion().getTitle(), e.getModuleCode(), e.getStatus());
    }

    /** The record of an enrolment from what it is read with: its learner's profile (or null), its ledger entries and its results. */
    public static LearningRecord of(Enrolment e, LearnerProfile profile, List<HoursEntry> hours, List<ActivityResult> results) {
        Map<String, ActivityResult> byActivity = results.stream()
                .collect(Collectors.toMap(ActivityResult::getActivityId, Function.identity(), (a, b) -> a));
        CompletionRules rules = new CompletionRules(e, byActivity.values().stream().filter(ActivityResult::isCompleted)
                .map(ActivityResult::getActivityId).collect(Collectors.toSet()));
        Map<String, Integer> byModule = HoursLedger.byModule(hours);
        Map<HoursSource, Integer> bySource = new EnumMap<>(HoursSource.class);
        HoursLedger.bySource(hours).forEach((source, minutes) -> bySource.put(HoursSource.valueOf(source.name()), minutes));
        Instant first = hours.stream().map(HoursEntry::getOccurredAt).min(Instant::compareTo).orElse(null);
        Instant last = hours.stream().map(HoursEntry::getOccurredAt).max(Instant::compareTo).orElse(null);
        ProfileType type = profile == null ? null : profile.getType();
        Map<Achievement, String> shortfalls = new EnumMap<>(Achievement.class);
        for (Achievement a : Achievement.values()) {
            String why = e.shortfall(a, type);
            if (why != null) {
                shortfalls.put(a, why);
            }
        }
        var version = e.getVersion();
        return new LearningRecord(e.getId(), e.getLearner().getId(), e.getLearner().getDisplayName(), e.getOrganisation().getId(),
                e.getOrganisation().getName(), version.getId(), version.getProgramme().getCode(), version.getNumber(), version.getTitle(),
                version.getLevel(), version.getAudience(), version.getObjectives(), e.getModuleCode(), e.specialisationTitles(), e.getStatus(),
                e.getFunding(), type, profile == null ? null : profile.getEmployerSiret(), e.getEnrolledAt(), e.getEnteredAt(), e.getEndedAt(),
                rules.moduleRecords(byModule), byModule, bySource, first, last, rules.results(byActivity), rules.competences(false),
                rules.competences(true), shortfalls);
    }

    /** How many learning events (xAPI statements) a learner made in {@code [from, to)}: activity evidence of a remote half-day. */
    public long eventsBetween(String learnerId, Instant from, Instant to) {
        return em.createNamedQuery(XapiStatement.COUNT_OF_LEARNER_BETWEEN, Long.class).setParameter("learner", learnerId)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

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

package fr.socle.reporting.boundary;

import fr.socle.learning.boundary.Enrolments;
import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.catalogue.boundary.Modality;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.certification.boundary.DocumentKind;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.entity.LearnerProfile;
import fr.socle.learning.boundary.ProfileType;
import fr.socle.feedback.boundary.Feedback;
import fr.socle.feedback.entity.ImprovementAction;
import fr.socle.platform.Caller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Formats;
import fr.socle.platform.Period;
import fr.socle.platform.Problem;
import fr.socle.reporting.control.HoursBreakdown;
import fr.socle.reporting.control.QualiopiIndicators;
import fr.socle.reporting.control.QualiopiPack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipOutputStream;

/**
 * Quality reporting of a training body: its Qualiopi indicators over a period (for its administrators
 * and trainers), the hours it delivered broken down every way (each breakdown a sum of the same ledger
 * entries) and the Qualiopi audit pack, a ZIP with an index PDF and the rows behind every figure.
 * Every read is scoped to the organisation asked for; an unknown or foreign one is a 404.
 */
@ApplicationScoped
@Transactional
public class Quality {

    private static final String IN_SCOPE = "e.organisation.id = :o AND (:p IS NULL OR e.version.programme.code = :p)";
    private static final String COHORT = "SELECT e.id FROM Enrolment e WHERE " + IN_SCOPE + " AND e.endedAt >= :from AND e.endedAt < :to";

    @PersistenceContext
    EntityManager em;

    @Inject
    Feedback feedback;

    @Inject
    Enrolments enrolments;

    /**
     * The Qualiopi indicators of an organisation, for a programme or all of them, over [from, to] (Paris days).
     *
     * @param responses the survey responses of the enrolments ended in the period, what the satisfaction figures are of
     */
    public record Qualiopi(String organisationId, String name, String programme, LocalDate from, LocalDate to,
                           Map<QualiopiIndicators.Indicator, QualiopiIndicators.Figure> figures, List<QualiopiIndicators.Response> responses) {
    }

    /**
     * Hours delivered over [from, to]: by programme, modality, audience, organisation (the one asked for and the
     * member organisations the caller administers) and period.
     *
     * @param organisations the names of the organisations, by id
     */
    public record Hours(String organisationId, String name, LocalDate from, LocalDate to, HoursBreakdown.Result breakdown,
                        Map<String, String> organisations) {
    }

    /** The Qualiopi indicators; 404 unless the caller administers or teaches in the organisation; 400 for a bad period. */
    public Qualiopi qualiopi(Caller caller, String organisationId, String programmeOrNull, LocalDate from, LocalDate to) {
        Organisation o = taught(caller, organisationId);
        Period period = new Period(from, to); // 400 unless a period
        String programme = programmeOrNull == null || programmeOrNull.isBlank() ? null : programmeOrNull.strip();
        Instant start = period.start(Formats.PARIS);
        Instant end = period.end(Formats.PARIS);
        List<Enrolment> ended = enrolments("e.endedAt", o, programme, start, end);
        List<Enrolment> entered = enrolments("e.enteredAt", o, programme, start, end);
        Map<String, List<String>> documents = documents(o, programme, start, end);
        Map<String, Set<String>> passed = new HashMap<>();
        // passed is filtered here: a boolean compared in JPQL becomes "= 1", which H2 refuses for a BOOLEAN column
        cohort(em.createQuery("SELECT a.enrolment.id, a.activityId, a.passed FROM QuizAttempt a WHERE a.enrolment.id IN ("
                + COHORT + ")", Object[].class), o, programme, start, end).getResultStream()
                .filter(r -> Boolean.TRUE.equals(r[2]))
                .forEach(r -> passed.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]));
        List<QualiopiIndicators.Enrolment> endedRows = ended.stream().map(e -> row(e, documents, passed)).toList();
        List<QualiopiIndicators.Enrolment> enteredRows = entered.stream().map(e -> row(e, Map.of(), Map.of())).toList();
        List<QualiopiIndicators.Response> responses = responses(o, ended);
        return new Qualiopi(o.getId(), o.getName(), programme, from, to,
                QualiopiIndicators.compute(endedRows, enteredRows, responses, Formats.PARIS), responses);
    }

    /** The hours delivered; 404 unless the caller administers or teaches in the organisation; 400 for a bad period. */
    public Hours hours(Caller caller, String organisationId, LocalDate from, LocalDate to, HoursBreakdown.Period period) {
        Organisation o = taught(caller, organisationId);
        Period days = new Period(from, to); // 400 unless a period
        Set<String> ids = scope(caller, o);
        Instant start = days.start(Formats.PARIS);
        Instant end = days.end(Formats.PARIS);
        String entries = "FROM HoursEntry h WHERE h.organisationId IN :ids AND h.occurredAt >= :from AND h.occurredAt < :to";
        Map<String, String> versions = new HashMap<>();
        em.createQuery("SELECT e.id, e.version.id FROM Enrolment e WHERE e.id IN (SELECT h.enrolmentId " + entries + ")", Object[].class)
                .setParameter("ids", ids).setParameter("from", start).setParameter("to", end).getResultStream()
                .forEach(r -> versions.put((String) r[0], (String) r[1]));
        Map<String, Modality> modalities = new HashMap<>();
        if (!versions.isEmpty()) {
            em.createQuery("SELECT c.version.id, m.code, m.modality FROM Module m JOIN m.component c WHERE c.version.id IN :versions", Object[].class)
                    .setParameter("versions", new HashSet<>(versions.values())).getResultStream()
                    .forEach(r -> modalities.put(r[0] + "/" + r[1], (Modality) r[2]));
        }
        Map<String, HoursBreakdown.Audience> audiences = new HashMap<>();
        em.createQuery("SELECT lp.accountId, lp.type, lp.category FROM LearnerProfile lp WHERE lp.accountId IN (SELECT h.learnerId " + entries + ")",
                        Object[].class)
                .setParameter("ids", ids).setParameter("from", start).setParameter("to", end).getResultStream()
                .forEach(r -> audiences.put((String) r[0], HoursBreakdown.Audience.of((ProfileType) r[1], (LearnerProfile.Category) r[2])));
        List<HoursBreakdown.Entry> rows = em.createQuery("SELECT h.organisationId, h.programmeCode, h.moduleCode, h.enrolmentId, h.learnerId, "
                        + "h.occurredAt, h.minutes " + entries, Object[].class)
                .setParameter("ids", ids).setParameter("from", start).setParameter("to", end).getResultStream()
                .map(r -> new HoursBreakdown.Entry((String) r[0], (String) r[1], (String) r[2], modalities.get(versions.get((String) r[3]) + "/" + r[2]),
                        audiences.getOrDefault((String) r[4], HoursBreakdown.Audience.AUTRE), (Instant) r[5], ((Number) r[6]).intValue()))
                .toList();
        Map<String, String> names = new LinkedHashMap<>();
        em.createNamedQuery(Organisation.IN, Organisation.class).setParameter("ids", ids).setParameter("q", null).getResultStream()
                .forEach(org -> names.put(org.getId(), org.getName()));
        return new Hours(o.getId(), o.getName(), from, to, HoursBreakdown.of(rows, period, Formats.PARIS), names);
    }

    /** The programmes an organisation has enrolments in, by code: the programme filter's choices. */
    public List<String> programmes(Caller caller, String organisationId) {
        return enrolments.programmeCodes(caller, taught(caller, organisationId).getId());
    }

    /**
     * The Qualiopi audit pack of an organisation over [from, to], written to {@code out} (not closed): {@code index.pdf}
     * (each indicator, its figure and the file that evidences it, by Qualiopi indicator 1, 2, 3, 8, 10, 11, 12, 30, 31, 32),
     * one CSV per indicator with the rows behind it, the satisfaction responses, the hours delivered, the programmes'
     * public information, the complaints log and the improvement actions. Same access rules as {@link #qualiopi}.
     */
    public void pack(Caller caller, String organisationId, String programmeOrNull, LocalDate from, LocalDate to, ZipOutputStream out)
            throws IOException {
        pack(caller, organisationId, programmeOrNull, from, to, out, () -> { });
    }

    /**
     * {@link #pack(Caller, String, String, LocalDate, LocalDate, ZipOutputStream)}, calling {@code written} once the figures are
     * read and then after each file of the pack: {@link QualiopiPack#FILES} + 1 calls in all (a background export's steps).
     */
    public void pack(Caller caller, String organisationId, String programmeOrNull, LocalDate from, LocalDate to, ZipOutputStream out,
                     Runnable written) throws IOException {
        Qualiopi q = qualiopi(caller, organisationId, programmeOrNull, from, to);
        Hours h = hours(caller, organisationId, from, to, HoursBreakdown.Period.MONTH);
        Instant end = new Period(from, to).end(Formats.PARIS);
        String programme = q.programme();
        List<String> ids = List.of(q.organisationId());
        // a complaint about no programme in particular concerns every programme
        List<List<Object>> complaints = feedback.complaints(ids, from, to).stream()
                .filter(c -> programme == null || c.getProgrammeCode() == null || c.getProgrammeCode().equals(programme))
                .map(c -> cells(c.getReceivedOn(), c.getChannel(), c.getKind(), c.getAuthor(), c.getProgrammeCode(), c.getSubject(),
                        c.getDescription(), c.getStatus(), c.getHandling(), c.getAnsweredOn(), c.getClosedOn()))
                .toList();
        // the actions open at some time in the period: created before its end, not done before its start; oldest first
        List<List<Object>> actions = feedback.actions(ids).stream()
                .filter(a -> a.getCreatedAt().isBefore(end) && (a.getDoneOn() == null || !a.getDoneOn().isBefore(from)))
                .sorted(java.util.Comparator.comparing(ImprovementAction::getCreatedAt).thenComparing(ImprovementAction::getId))
                .map(a -> cells(a.getCreatedAt(), a.getOrigin(), a.getTitle(), a.getDescription(), a.getOwner(), a.getDueOn(), a.getStatus(),
                        a.getDoneOn()))
                .toList();
        List<List<Object>> programmes = em.createQuery("SELECT v FROM ProgrammeVersion v WHERE v.programme.organisation.id = :o "
                        + "AND v.status = fr.socle.catalogue.boundary.VersionStatus.PUBLISHED ORDER BY v.programme.code, v.number", ProgrammeVersion.class)
                .setParameter("o", q.organisationId()).getResultStream()
                .filter(v -> programme == null || v.getProgramme().getCode().equals(programme))
                .map(v -> List.<Object>of(v.getProgramme().getCode(), v.getNumber(), text(v.getTitle()), String.join(" | ", v.getObjectives()),
                        text(v.getPrerequisites()), text(v.getAssessment()), text(v.getAccessibility()), text(v.getPrice()), text(v.getAccessDelay()),
                        text(v.getCertification()), v.getPublishedAt() == null ? "" : v.getPublishedAt().atZone(Formats.PARIS).toLocalDate()))
                .toList();
        written.run();
        QualiopiPack.write(new QualiopiPack.Contents(q.name(), programme, from, to, q.figures(), q.responses(), h.breakdown(), h.organisations(),
                programmes, complaints, actions), out, written);
    }

    private Organisation taught(Caller caller, String organisationId) {
        Organisation o = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (o == null || !caller.teaches(o.getId())) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        return o;
    }

    /** The organisation and, for one who administers it, the members of its mutualisation structure it also administers, at any depth. */
    private Set<String> scope(Caller caller, Organisation o) {
        Set<String> ids = new HashSet<>(Set.of(o.getId()));
        if (!caller.canAdminister(o.getId())) {
            return ids;
        }
        Set<String> level = Set.of(o.getId());
        while (!level.isEmpty()) {
            Set<String> next = new HashSet<>();
            for (String child : em.createNamedQuery(Organisation.CHILD_IDS, String.class).setParameter("ids", level).getResultList()) {
                if (caller.canAdminister(child) && ids.add(child)) {
                    next.add(child);
                }
            }
            level = next;
        }
        return ids;
    }

    private List<Enrolment> enrolments(String moment, Organisation o, String programme, Instant from, Instant to) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.learner WHERE " + IN_SCOPE + " AND " + moment + " >= :from AND "
                        + moment + " < :to", Enrolment.class)
                .setParameter("o", o.getId()).setParameter("p", programme).setParameter("from", from).setParameter("to", to).getResultList();
    }

    private static <T> TypedQuery<T> cohort(TypedQuery<T> query, Organisation o, String programme, Instant from, Instant to) {
        return query.setParameter("o", o.getId()).setParameter("p", programme).setParameter("from", from).setParameter("to", to);
    }

    /**
     * The qualifying documents of the cohort's enrolments, by enrolment: issued and not revoked, a CERTIFICAT, or any
     * kind for a programme version without a target certification.
     */
    private Map<String, List<String>> documents(Organisation o, String programme, Instant from, Instant to) {
        Map<String, List<String>> documents = new HashMap<>();
        cohort(em.createQuery("SELECT c.enrolmentId, c.code, c.kind, v.certification FROM Certificate c, Enrolment x JOIN x.version v "
                + "WHERE x.id = c.enrolmentId AND c.revokedAt IS NULL AND c.enrolmentId IN (" + COHORT + ") ORDER BY c.code", Object[].class),
                o, programme, from, to).getResultStream()
                .filter(r -> r[2] == DocumentKind.CERTIFICAT || r[3] == null || ((String) r[3]).isBlank())
                .forEach(r -> documents.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return documents;
    }

    private static QualiopiIndicators.Enrolment row(Enrolment e, Map<String, List<String>> documents, Map<String, Set<String>> passed) {
        int quizzes = 0;
        int done = 0;
        if (e.getStatus() == EnrolmentStatus.TERMINE) {
            Set<String> mine = passed.getOrDefault(e.getId(), Set.of());
            for (var module : e.modules()) {
                for (var activity : module.getActivities()) {
                    if (activity.getKind() == ActivityKind.QUIZ) {
                        quizzes++;
                        done += mine.contains(activity.getId()) ? 1 : 0;
                    }
                }
            }
        }
        return new QualiopiIndicators.Enrolment(e.getId(), e.getLearner().getDisplayName(), e.getVersion().getProgramme().getCode(), e.getStatus(),
                e.getEnteredAt(), e.getEndedAt(), e.getEndReason(), e.isPositioned(),
                documents.getOrDefault(e.getId(), List.of()), quizzes, done);
    }

    /** The survey responses of a cohort, whenever submitted: the feedback's own read. */
    private List<QualiopiIndicators.Response> responses(Organisation o, List<Enrolment> cohort) {
        return feedback.responsesOf(List.of(o.getId()), cohort.stream().map(Enrolment::getId).toList()).stream()
                .map(r -> new QualiopiIndicators.Response(r.enrolmentId(), text(r.learnerName()), text(r.programmeCode()), r.kind().name(),
                        r.score(), r.submittedAt()))
                .toList();
    }

    /** A row of the pack's cells: days as ISO days, instants in Paris time to the second, codes by name, nothing as empty. */
    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            if (value == null) {
                cells.add("");
            } else if (value instanceof Instant i) {
                cells.add(i.atZone(Formats.PARIS).toLocalDateTime().withNano(0).toString().replace('T', ' '));
            } else if (value instanceof Enum<?> e) {
                cells.add(e.name());
            } else {
                cells.add(value.toString().strip());
            }
        }
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

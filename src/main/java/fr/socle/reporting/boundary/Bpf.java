package fr.socle.reporting.boundary;

import fr.socle.learning.boundary.ProfileType;
import fr.socle.platform.Caller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Formats;
import fr.socle.platform.Period;
import fr.socle.platform.Problem;
import fr.socle.reporting.control.BpfCsv;
import fr.socle.reporting.control.BpfDocuments;
import fr.socle.reporting.control.BpfFigures;
import fr.socle.reporting.control.Objective;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The BPF (Cerfa 10443) figures of an organisation for a financial year, its calendar year in Paris
 * time: trainees and trainee-hours from the organisation's hours-ledger entries of that year
 * (corrections netted), the trainee type from each learner's profile (none: "autres stagiaires"), the
 * objective from the certification and level of the programme version of each entry's enrolment
 * ({@link Objective#of}). For the organisation's administrators only; 404 for anyone else.
 */
@ApplicationScoped
@Transactional
public class Bpf {

    /** The earliest financial year asked for: before it, a year is a typing error. */
    public static final int FIRST_YEAR = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** An organisation's figures for a year. */
    public record Report(String organisationId, String organisation, BpfFigures figures) {
    }

    public Report figures(Caller caller, String organisationId, int year) {
        Organisation o = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (o == null || !caller.canAdminister(o.getId())) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        int last = clock.now().atZone(Formats.PARIS).getYear() + 1;
        if (year < FIRST_YEAR || year > last) {
            throw Problem.badRequest("socle.bpf.badYear", String.valueOf(FIRST_YEAR), String.valueOf(last));
        }
        Period days = Period.yearOf(Year.of(year).atDay(1));
        Instant from = days.start(Formats.PARIS);
        Instant to = days.end(Formats.PARIS);
        List<BpfFigures.Hours> hours = new ArrayList<>();
        Set<String> learners = new LinkedHashSet<>();
        Map<String, Objective> objectives = new HashMap<>();
        em.createQuery("SELECT h.learnerId, h.programmeCode, v.certification, v.level, h.minutes, h.occurredAt, v.id "
                        + "FROM HoursEntry h, Enrolment e JOIN e.version v WHERE e.id = h.enrolmentId AND h.organisationId = :o "
                        + "AND h.occurredAt >= :from AND h.occurredAt < :to", Object[].class)
                .setParameter("o", o.getId()).setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> {
                    Objective objective = objectives.computeIfAbsent((String) r[6], k -> Objective.of((String) r[2], (Integer) r[3]));
                    hours.add(new BpfFigures.Hours((String) r[0], (String) r[1], objective, ((Number) r[4]).intValue(), (Instant) r[5]));
                    learners.add((String) r[0]);
                });
        List<BpfFigures.Trainee> trainees = new ArrayList<>();
        if (!learners.isEmpty()) {
            Map<String, ProfileType> types = new HashMap<>();
            em.createQuery("SELECT lp.accountId, lp.type FROM LearnerProfile lp WHERE lp.accountId IN :ids", Object[].class)
                    .setParameter("ids", learners).getResultStream().forEach(r -> types.put((String) r[0], (ProfileType) r[1]));
            em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", learners).getResultStream()
                    .forEach(r -> trainees.add(new BpfFigures.Trainee((String) r[0], (String) r[1], types.get((String) r[0]))));
        }
        return new Report(o.getId(), o.getName(), BpfFigures.of(Year.of(year), trainees, hours));
    }

    public byte[] csv(Caller caller, String organisationId, int year) {
        return BpfCsv.figures(figures(caller, organisationId, year).figures());
    }

    public byte[] xlsx(Caller caller, String organisationId, int year) {
        Report r = figures(caller, organisationId, year);
        return BpfDocuments.xlsx(r.figures(), r.organisation());
    }

    public byte[] pdf(Caller caller, String organisationId, int year) {
        Report r = figures(caller, organisationId, year);
        return BpfDocuments.pdf(r.figures(), r.organisation());
    }

    /** The file name of a download: {@code bpf-2025.xlsx}. */
    public static String fileName(int year, String extension) {
        return "bpf-" + year + "." + extension;
    }
}

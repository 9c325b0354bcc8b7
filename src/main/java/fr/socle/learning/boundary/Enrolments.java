package fr.socle.learning.boundary;

import fr.socle.learning.control.Xapi;
import fr.socle.learning.control.EnrolmentCsv;
import fr.socle.catalogue.boundary.ComponentKind;
import fr.socle.catalogue.boundary.Programmes;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.Caller;
import fr.socle.identity.entity.Account;
import fr.socle.platform.Role;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Enrolments: by the learner in an open programme, or by a trainer or administrator of the
 * learner's organisation. Scoped like everything else: a learner sees its own, an organisation's
 * trainers and administrators see its people's.
 */
@ApplicationScoped
@Transactional
public class Enrolments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Programmes programmes;

    @Inject
    LearningRecords records;

    /** The caller enrols itself in the latest published version of a programme it may read. */
    public Enrolment enrolSelf(Caller caller, String code) {
        ProgrammeVersion version = programmes.version(Optional.of(caller), code, null);
        String organisationId = caller.rolesByOrganisation().entrySet().stream()
                .sorted((a, b) -> Boolean.compare(b.getValue().contains(Role.LEARNER), a.getValue().contains(Role.LEARNER)))
                .map(java.util.Map.Entry::getKey).findFirst()
                .orElseThrow(() -> Problem.forbidden("socle.enrolment.noOrganisation"));
        return enrol(caller, caller.accountId(), organisationId, version, null, null);
    }

    /** A trainer or administrator enrols one of its organisation's people. */
    public Enrolment enrolLearner(Caller caller, String accountId, String organisationId, String code, String moduleCode, Funding funding) {
        if (organisationId == null || organisationId.isBlank()) {
            throw Problem.badRequest("socle.enrolment.organisationRequired");
        }
        if (!caller.teaches(organisationId)) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        ProgrammeVersion version = programmes.version(Optional.of(caller), code, null);
        return enrol(caller, accountId, organisationId, version, moduleCode, funding);
    }

    private Enrolment enrol(Caller caller, String accountId, String organisationId, ProgrammeVersion version, String moduleCode, Funding funding) {
        Account learner = em.find(Account.class, accountId == null ? "" : accountId);
        if (learner == null || learner.getMemberships().stream().noneMatch(m -> organisationId.equals(m.getOrganisationId()))) {
            throw Problem.notFound("socle.account.notFound");
        }
        boolean open = !em.createNamedQuery(Enrolment.OPEN_FOR, Enrolment.class).setParameter("learner", learner.getId())
                .setParameter("version", version.getId()).getResultList().isEmpty();
        if (open) {
            throw Problem.conflict("socle.enrolment.already");
        }
        try {
            Enrolment e = new Enrolment(learner, em.find(Organisation.class, organisationId), version, moduleCode, funding, caller.email(), clock.now());
            em.persist(e);
            records.record(e, Xapi.REGISTERED, null, version.getTitle(), null, null, null);
            em.flush();
            return e;
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.enrolment.badModule");
        }
    }

    /** A checked CSV line: its values, its problems (message keys), and the enrolment made when imported. */
    public record CsvLine(int line, String email, String programme, String module, Funding funding, List<String> specialisations,
                          String positioning, List<String> problems, String enrolmentId) {
    }

    /** What a CSV import found and did: nothing is imported unless every line is clean. */
    public record CsvReport(List<String> fileProblems, List<CsvLine> lines, boolean imported) {
        public boolean clean() {
            return fileProblems.isEmpty() && lines.stream().allMatch(l -> l.problems().isEmpty());
        }
    }

    /**
     * Checks (and, with {@code commit}, imports) a CSV file of enrolments for one organisation the
     * caller trains or administers. Every line is checked; if one is wrong, nothing is imported.
     */
    public CsvReport importCsv(Caller caller, String organisationId, byte[] csv, boolean commit) {
        if (organisationId == null || !caller.teaches(organisationId)) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        var parsed = EnrolmentCsv.parse(csv);
        List<CsvLine> lines = new java.util.ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (var row : parsed.rows()) {
            List<String> problems = new java.util.ArrayList<>(row.problems());
            if (row.email() != null && row.programme() != null && !seen.add(row.email() + "|" + row.programme())) {
                problems.add("socle.csv.duplicate");
            }
            Account learner = row.email() == null ? null : em.createNamedQuery(Account.BY_EMAIL, Account.class)
                    .setParameter("email", row.email()).getResultStream().findFirst().orElse(null);
            if (row.email() != null && (learner == null || learner.getMemberships().stream().noneMatch(m -> organisationId.equals(m.getOrganisationId())))) {
                problems.add("socle.csv.unknownLearner");
            }
            ProgrammeVersion version = null;
            if (row.programme() != null) {
                try {
                    version = programmes.version(Optional.of(caller), row.programme(), null);
                } catch (Problem p) {
                    problems.add("socle.csv.unknownProgramme");
                }
            }
            if (version != null) {
                String module = row.module();
                if (module != null && version.modules().stream().noneMatch(m -> m.getCode().equals(module))) {
                    problems.add("socle.csv.unknownModule");
                }
                Set<String> available = new java.util.HashSet<>();
                version.getComponents().stream().filter(c -> c.getKind() == ComponentKind.SPECIALISATION)
                        .forEach(c -> available.add(c.getCode()));
                if (!available.containsAll(row.specialisations()) || (!row.specialisations().isEmpty() && module == null
                        && (row.specialisations().size() < version.getSpecialisationsMin() || row.specialisations().size() > version.getSpecialisationsMax()))) {
                    problems.add("socle.csv.badSpecialisations");
                }
                if (learner != null && !em.createNamedQuery(Enrolment.OPEN_FOR, Enrolment.class).setParameter("learner", learner.getId())
                        .setParameter("version", version.getId()).getResultList().isEmpty()) {
                    problems.add("socle.csv.alreadyEnrolled");
                }
            }
            lines.add(new CsvLine(row.line(), row.email(), row.programme(), row.module(), row.funding(), row.specialisations(), row.positioning(), problems, null));
        }
        CsvReport report = new CsvReport(parsed.fileProblems(), lines, false);
        if (!commit || !report.clean()) {
            return report;
        }
        List<CsvLine> done = new java.util.ArrayList<>();
        for (CsvLine line : lines) {
            Account learner = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", line.email()).getSingleResult();
            ProgrammeVersion version = programmes.version(Optional.of(caller), line.programme(), null);
            Enrolment e = enrol(caller, learner.getId(), organisationId, version, line.module(), line.funding());
            if (!line.specialisations().isEmpty()) {
                e.chooseSpecialisations(line.specialisations());
            }
            if (line.positioning() != null) {
                record(e, line.positioning(), caller);
            }
            done.add(new CsvLine(line.line(), line.email(), line.programme(), line.module(), line.funding(), line.specialisations(),
                    line.positioning(), List.of(), e.getId()));
        }
        return new CsvReport(List.of(), done, true);
    }

    /** The codes of the programmes an organisation the caller trains or administers has enrolments in, sorted; 404 otherwise. */
    public List<String> programmeCodes(Caller caller, String organisationId) {
        if (organisationId == null || !caller.teaches(organisationId)) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        return em.createQuery("SELECT DISTINCT e.version.programme.code FROM Enrolment e WHERE e.organisation.id = :o", String.class)
                .setParameter("o", organisationId).getResultStream().sorted().toList();
    }

    public List<Enrolment> mine(Caller caller) {
        return em.createNamedQuery(Enrolment.OF_LEARNER, Enrolment.class).setParameter("learner", caller.accountId()).getResultList();
    }

    /** The caller's own enrolment, or one of an organisation it trains or administers (registrars read all); 404 otherwise. */
    public Enrolment find(Caller caller, String id) {
        Enrolment e = id == null ? null : em.find(Enrolment.class, id);
        if (e == null || !(e.getLearner().getId().equals(caller.accountId()) || follows(caller, e) || caller.isRegistrar())) {
            throw Problem.notFound("socle.enrolment.notFound");
        }
        return e;
    }

    /** The caller's own enrolment, for what only the learner does (following lessons, answering quizzes). */
    public Enrolment own(Caller caller, String id) {
        Enrolment e = find(caller, id);
        if (!e.getLearner().getId().equals(caller.accountId())) {
            throw Problem.forbidden("socle.enrolment.notYours");
        }
        return e;
    }

    public void chooseSpecialisations(Caller caller, String id, List<String> codes) {
        Enrolment e = find(caller, id);
        if (!e.getLearner().getId().equals(caller.accountId()) && !follows(caller, e)) {
            throw Problem.forbidden("socle.enrolment.notYours");
        }
        try {
            e.chooseSpecialisations(codes == null ? List.of() : codes);
        } catch (IllegalArgumentException | IllegalStateException ex) {
            throw Problem.badRequest("socle.enrolment.badSpecialisations", e.getVersion().getSpecialisationsMin(), e.getVersion().getSpecialisationsMax());
        }
    }

    public void end(Caller caller, String id, boolean abandon, String reason) {
        Enrolment e = find(caller, id);
        if (!follows(caller, e) && !e.getLearner().getId().equals(caller.accountId())) {
            throw Problem.forbidden("socle.enrolment.notYours");
        }
        try {
            if (abandon) {
                e.abandon(clock.now(), reason);
            } else {
                e.interrupt(clock.now(), reason);
            }
        } catch (IllegalArgumentException ex) {
            throw Problem.badRequest("socle.enrolment.reasonRequired");
        } catch (IllegalStateException ex) {
            throw Problem.conflict("socle.enrolment.badTransition", e.getStatus());
        }
    }

    /**
     * Records (or corrects) the learner's positioning at entry: trainers and administrators of the
     * enrolment's organisation only (the learner is told 403, anyone else 404); 400 when blank or too
     * long, 409 once the enrolment has ended.
     */
    public Enrolment recordPositioning(Caller caller, String id, String result) {
        Enrolment e = id == null ? null : em.find(Enrolment.class, id);
        if (e == null || !follows(caller, e)) {
            if (e != null && e.getLearner().getId().equals(caller.accountId())) {
                throw Problem.forbidden("socle.positioning.trainersOnly");
            }
            throw Problem.notFound("socle.enrolment.notFound");
        }
        record(e, result, caller);
        return e;
    }

    private void record(Enrolment e, String result, Caller caller) {
        try {
            e.recordPositioning(result, caller.email(), clock.now());
        } catch (IllegalArgumentException ex) {
            throw Problem.badRequest("socle.positioning.resultRequired", Enrolment.POSITIONING_MAX);
        } catch (IllegalStateException ex) {
            throw Problem.conflict("socle.positioning.ended", e.getStatus());
        }
    }

    /** Trainers and administrators of the enrolment's organisation follow it. */
    static boolean follows(Caller caller, Enrolment e) {
        String org = e.getOrganisation().getId();
        return caller.teaches(org);
    }
}

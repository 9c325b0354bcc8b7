package fr.socle.reporting.boundary;

import fr.socle.certification.entity.Certificate;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.LearnerProfile;
import fr.socle.platform.Caller;
import fr.socle.identity.entity.Account;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Formats;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import fr.socle.reporting.control.Livret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The <i>livret individuel de formation</i> of an agent ({@link Livret}), as a PDF.
 * <ul>
 * <li>The agent themself reads all of it ({@code "me"} names the caller).</li>
 * <li>The administrators of their employer read it too: those who administer an organisation where the
 *     agent is enrolled or a member. They read only the trainings given in, and the documents issued
 *     for, the organisations they administer (the rest belongs to other tenants), and the PDF says so.</li>
 * <li>Anyone else, or an unknown account: 404.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class Livrets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private static final String STATUS = "socle.enrolment.status.";
    private static final String KIND = "socle.document.kind.";
    private static final String STATE = "socle.verify.status.";

    public Livret livret(Caller caller, String accountId) {
        String id = "me".equals(accountId) ? caller.accountId() : accountId;
        Account a = id == null ? null : em.find(Account.class, id);
        if (a == null) {
            throw Problem.notFound("socle.livret.notFound");
        }
        Predicate<String> visible;
        String scope = null;
        if (a.getId().equals(caller.accountId()) || caller.platformAdmin()) {
            visible = org -> true;
        } else {
            Set<String> administered = caller.administerScope().orElse(Set.of());
            List<String> theirs = new ArrayList<>(em.createQuery("SELECT DISTINCT e.organisation.id FROM Enrolment e WHERE e.learner.id = :a",
                    String.class).setParameter("a", a.getId()).getResultList());
            theirs.addAll(em.createQuery("SELECT m.organisation.id FROM Membership m WHERE m.account.id = :a", String.class)
                    .setParameter("a", a.getId()).getResultList());
            if (theirs.stream().noneMatch(administered::contains)) {
                throw Problem.notFound("socle.livret.notFound");
            }
            visible = administered::contains;
            scope = "aux organismes administrés par " + (caller.displayName() == null ? caller.email() : caller.displayName());
        }
        Map<String, long[]> minutes = new HashMap<>();
        Map<String, Instant[]> span = new HashMap<>();
        // the entries themselves, not MIN/MAX: an aggregate of a converted column comes back unconverted
        em.createQuery("SELECT h.enrolmentId, h.minutes, h.occurredAt FROM HoursEntry h WHERE h.learnerId = :a", Object[].class)
                .setParameter("a", a.getId()).getResultStream().forEach(r -> {
                    String enrolment = (String) r[0];
                    Instant at = (Instant) r[2];
                    minutes.computeIfAbsent(enrolment, k -> new long[1])[0] += ((Number) r[1]).longValue();
                    Instant[] s = span.computeIfAbsent(enrolment, k -> new Instant[] {at, at});
                    s[0] = at.isBefore(s[0]) ? at : s[0];
                    s[1] = at.isAfter(s[1]) ? at : s[1];
                });
        List<Livret.Training> trainings = new ArrayList<>();
        em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.version JOIN FETCH e.organisation WHERE e.learner.id = :a", Enrolment.class)
                .setParameter("a", a.getId()).getResultStream()
                .filter(e -> visible.test(e.getOrganisation().getId()))
                .forEach(e -> {
                    Instant[] s = span.get(e.getId());
                    Instant start = s != null ? s[0] : e.getEnteredAt() != null ? e.getEnteredAt() : e.getEnrolledAt();
                    Instant end = s != null ? s[1] : e.getEndedAt();
                    String module = null;
                    if (e.getModuleCode() != null) {
                        module = e.getVersion().modules().stream().filter(m -> m.getCode().equals(e.getModuleCode())).findFirst()
                                .map(m -> m.getCode() + " " + m.getTitle()).orElse(e.getModuleCode());
                    }
                    trainings.add(new Livret.Training(e.getVersion().getProgramme().getCode(), e.getVersion().getTitle(), module,
                            e.getOrganisation().getName(), day(start), day(end), french(STATUS, e.getStatus()), minutes.getOrDefault(e.getId(), new long[] {0})[0]));
                });
        trainings.sort(Comparator.comparing(Livret.Training::from, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Livret.Training::title));
        LocalDate today = clock.now().atZone(Formats.PARIS).toLocalDate();
        List<Livret.Document> documents = em.createQuery("SELECT c FROM Certificate c WHERE c.holderId = :a ORDER BY c.issuedAt",
                        Certificate.class).setParameter("a", a.getId()).getResultStream()
                .filter(c -> visible.test(c.getOrganisationId()) || visible.test(c.getIssuerId()))
                .map(c -> {
                    Certificate.Status st = c.status(today);
                    return new Livret.Document(french(KIND, c.getKind()), c.getTitle(),
                            c.getCode(), day(c.getIssuedAt()), st == Certificate.Status.VALID,
                            french(STATE, st));
                }).toList();
        return new Livret(a.getDisplayName(), a.getEmail(), employer(a.getId()), clock.now(), scope, trainings, documents);
    }

    public byte[] pdf(Caller caller, String accountId) {
        return livret(caller, accountId).pdf();
    }

    /** The employer named by the learner's profile: the organisation of that SIRET if Socle knows it, else the SIRET. */
    private String employer(String accountId) {
        LearnerProfile p = em.find(LearnerProfile.class, accountId);
        if (p == null || p.getEmployerSiret() == null) {
            return null;
        }
        Optional<Organisation> o = em.createNamedQuery(Organisation.BY_SIRET, Organisation.class).setParameter("siret", p.getEmployerSiret())
                .getResultStream().findFirst();
        return o.map(org -> org.getName() + " (SIRET " + p.getEmployerSiret() + ")").orElse("SIRET " + p.getEmployerSiret());
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(Formats.PARIS).toLocalDate();
    }

    /** The file name of a livret: {@code livret-formation.pdf}. */
    public static final String FILE_NAME = "livret-formation.pdf";

    /** An enumerated value in French, as the pages show it ({@code prefix} + its name). */
    private static String french(String prefix, Enum<?> value) {
        return Messages.get(Messages.DEFAULT, prefix + value.name());
    }
}

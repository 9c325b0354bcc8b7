package fr.socle.agrement.boundary;

import fr.socle.agrement.control.AgrementRules;
import fr.socle.agrement.entity.Agrement;
import fr.socle.agrement.entity.AgrementReminder;
import fr.socle.platform.Caller;
import fr.socle.identity.entity.Account;
import fr.socle.identity.entity.Membership;
import fr.socle.platform.Role;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Formats;
import fr.socle.platform.Mailer;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The agrément to train élus of each training body: its history, its state and the warnings it calls for. */
@ApplicationScoped
@Transactional
public class Agrements {

    /** A warning e-mail to send: an agrément has reached a threshold and nobody was told yet. */
    public record Due(String agrementId, String threshold) {
    }

    private static final String SUBJECT = "socle.agrement.mail.subject.";
    private static final String STATE = "socle.agrement.state.";
    private static final DateTimeFormatter FRENCH_DATE = Formats.FRENCH_DAY;

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "socle.agrement.first-renewal-lead-months", defaultValue = "2")
    int firstLeadMonths;

    @Inject
    @ConfigProperty(name = "socle.agrement.renewal-lead-months", defaultValue = "6")
    int renewalLeadMonths;

    @Inject
    @ConfigProperty(name = "socle.agrement.warning-months", defaultValue = "6,3,1")
    String warningMonths;

    @Inject
    @ConfigProperty(name = "socle.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The rules, from the configuration once (every dashboard's warnings use them). */
    private AgrementRules rules;

    @jakarta.annotation.PostConstruct
    void configure() {
        rules = new AgrementRules(firstLeadMonths, renewalLeadMonths, Arrays.stream(warningMonths.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList());
    }

    public AgrementRules rules() {
        return rules;
    }


    /** An organisation's agrément today, with its history; 404 for one the caller may not read. */
    public AgrementStanding standing(Caller caller, String organisationId) {
        Organisation o = organisations.find(caller, organisationId);
        return standing(o, history(o.getId()), clock.today());
    }

    /**
     * Records a ministerial decision: by a platform admin or an administrator of the organisation.
     * 400 on impossible dates, 409 for a renewal of nothing or a first agrément over a valid one.
     */
    public AgrementStanding record(Caller caller, String organisationId, AgrementInput input) {
        Organisation o = organisations.find(caller, organisationId);
        if (!caller.canAdminister(o.getId())) {
            throw Problem.forbidden("socle.agrement.recordForbidden");
        }
        LocalDate today = clock.today();
        if (input.getGrantedOn().isAfter(today)) {
            throw Problem.badRequest("socle.agrement.grantedInFuture");
        }
        List<Agrement> history = history(o.getId());
        Agrement previous = history.isEmpty() ? null : history.get(history.size() - 1);
        Account by = em.find(Account.class, caller.accountId());
        Agrement decision;
        if (input.getKind() == AgrementKind.RENOUVELLEMENT) {
            if (previous == null) {
                throw Problem.conflict("socle.agrement.nothingToRenew");
            }
            if (input.getGrantedOn().isBefore(previous.getGrantedOn()) || input.getGrantedOn().isAfter(previous.getLastDay())) {
                throw Problem.badRequest("socle.agrement.renewalDate", previous.getGrantedOn().format(FRENCH_DATE),
                        previous.getLastDay().format(FRENCH_DATE));
            }
            decision = Agrement.renewal(previous, input.getNumber(), input.getGrantedOn(), input.getDecisionReference(), by, clock.now());
        } else {
            LocalDate start = input.getStartsOn();
            if (start == null || start.isBefore(input.getGrantedOn()) || start.isAfter(input.getGrantedOn().plusYears(1))) {
                throw Problem.badRequest("socle.agrement.startDate");
            }
            if (previous != null && !start.isAfter(previous.getLastDay())) {
                throw Problem.conflict("socle.agrement.stillValid", previous.getLastDay().format(FRENCH_DATE));
            }
            decision = Agrement.initial(o, previous, input.getNumber(), input.getGrantedOn(), start, input.getDecisionReference(), by, clock.now());
        }
        em.persist(decision);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException raced) {
            // a decision recorded at the same time took this place in the history (uq_agrement_position)
            throw Problem.conflict("socle.agrement.concurrent");
        }
        return standing(o, history(o.getId()), today);
    }

    /** The agréments calling for action today among the organisations the caller administers (history: the current decision only). */
    public List<AgrementStanding> warnings(Caller caller) {
        return caller.administerScope()
                .map(ids -> em.createNamedQuery(Agrement.LATEST_IN, Agrement.class).setParameter("ids", nonEmpty(ids)))
                .orElseGet(() -> em.createNamedQuery(Agrement.LATEST, Agrement.class))
                .getResultStream()
                .map(a -> standing(a.getOrganisation(), List.of(a), clock.today()))
                .filter(AgrementStanding::warning)
                .toList();
    }

    /** The warnings due on {@code day} and not sent yet: the most urgent threshold each agrément has reached. */
    public List<Due> due(LocalDate day) {
        AgrementRules rules = rules();
        return em.createNamedQuery(Agrement.LATEST, Agrement.class).getResultStream()
                .map(a -> new Due(a.getId(), rules.standing(a.getKind(), a.getLastDay(), day).threshold()))
                .filter(d -> d.threshold() != null && !sent(d.agrementId(), d.threshold()))
                .toList();
    }

    /**
     * Sends one due warning to the organisation's administrators and records it, in one transaction:
     * a failure to send rolls the record back, and the next check tries again.
     *
     * @return how many people it went to; 0 when there was nobody to tell or it was sent meanwhile
     */
    public int remind(Due due, LocalDate day) {
        Agrement a = em.find(Agrement.class, due.agrementId());
        if (a == null || sent(a.getId(), due.threshold())) {
            return 0;
        }
        List<String> to = em.createNamedQuery(Membership.IN_ORGANISATION, Membership.class)
                .setParameter("organisation", a.getOrganisation().getId()).getResultStream()
                .filter(m -> m.getRole() == Role.ORG_ADMIN && m.getAccount().isActive())
                .map(m -> m.getAccount().getEmail()).distinct().toList();
        if (to.isEmpty()) {
            return 0;
        }
        em.persist(new AgrementReminder(a, due.threshold(), to.size(), clock.now()));
        em.flush();
        var s = rules().standing(a.getKind(), a.getLastDay(), day);
        Locale fr = Messages.DEFAULT;
        String link = publicUrl.replaceAll("/+$", "") + "/admin/agrement.xhtml?organisation=" + a.getOrganisation().getId();
        // subject keys socle.agrement.mail.subject.M (M6, M3, M1...), .DEPASSE, .EXPIRE; state keys socle.agrement.state.*
        String subjectKey = SUBJECT + (due.threshold().startsWith("M") ? "M" : due.threshold());
        String stateKey = STATE + s.state();
        String subject = Messages.get(fr, subjectKey, a.getOrganisation().getName(), a.getNumber());
        String state = Messages.get(fr, stateKey);
        String body = Messages.get(fr, "socle.agrement.mail.body", a.getOrganisation().getName(), a.getNumber(),
                state, s.deadline().format(FRENCH_DATE), s.lastDay().format(FRENCH_DATE), link);
        if (!mailer.send(to, subject, body)) {
            throw new Mailer.MailFailure("mail is off", null);
        }
        return to.size();
    }

    private boolean sent(String agrementId, String threshold) {
        return em.createNamedQuery(AgrementReminder.COUNT, Long.class).setParameter("agrement", agrementId)
                .setParameter("threshold", threshold).getSingleResult() > 0;
    }

    private List<Agrement> history(String organisationId) {
        return em.createNamedQuery(Agrement.OF_ORGANISATION, Agrement.class).setParameter("organisation", organisationId).getResultList();
    }

    private AgrementStanding standing(Organisation o, List<Agrement> history, LocalDate day) {
        AgrementRules rules = rules();
        List<AgrementOutput> out = history.stream().map(a -> AgrementOutput.of(a, rules.renewalDeadline(a.getKind(), a.getLastDay()))).toList();
        if (history.isEmpty()) {
            var s = rules.standing(null, null, day);
            return new AgrementStanding(o.getId(), o.getName(), day, s.state(), null, null, null, null, null, out);
        }
        Agrement current = history.get(history.size() - 1);
        var s = rules.standing(current.getKind(), current.getLastDay(), day);
        return new AgrementStanding(o.getId(), o.getName(), day, s.state(), out.get(out.size() - 1), s.deadline(), s.lastDay(),
                s.nextDeadline(), s.threshold(), out);
    }

    /** JPQL cannot take an empty IN list on every database: a value no id can have stands in. */
    private static Collection<String> nonEmpty(Collection<String> ids) {
        return ids.isEmpty() ? List.of("-") : ids;
    }
}

package fr.socle.identity.boundary;

import fr.socle.identity.entity.Account;
import fr.socle.identity.entity.TrainerQualification;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.platform.Caller;
import fr.socle.platform.Role;
import fr.socle.platform.Clock;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The trainers of an organisation (its accounts with a TRAINER membership) and their qualifications:
 * its administrators record and withdraw them; a trainer reads its own. Withdrawn qualifications stay,
 * marked: they are evidence.
 */
@ApplicationScoped
@Transactional
public class Trainers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Organisations organisations;

    /** A trainer and its qualifications, the withdrawn ones included (marked). */
    public record Trainer(String accountId, String name, String email, List<TrainerQualification> qualifications) {
    }

    /** The organisation's trainers for its administrators; for one of its trainers, itself only; 404 for anyone else. */
    public List<Trainer> list(Caller caller, String organisationId) {
        boolean admin = caller.canAdminister(organisationId);
        if (organisationId == null || !caller.teaches(organisationId) || !organisations.exists(organisationId)) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        Map<String, List<TrainerQualification>> byTrainer = em.createNamedQuery(TrainerQualification.IN_ORGANISATION, TrainerQualification.class)
                .setParameter("organisation", organisationId).getResultStream()
                .collect(Collectors.groupingBy(TrainerQualification::getTrainerId, java.util.LinkedHashMap::new, Collectors.toList()));
        return trainerAccounts(organisationId).stream().filter(a -> admin || a.getId().equals(caller.accountId()))
                .map(a -> new Trainer(a.getId(), a.getDisplayName(), a.getEmail(), byTrainer.getOrDefault(a.getId(), List.of()))).toList();
    }

    /** The caller's own qualifications, in every organisation. */
    public List<TrainerQualification> mine(Caller caller) {
        return em.createNamedQuery(TrainerQualification.OF_TRAINER, TrainerQualification.class).setParameter("trainer", caller.accountId())
                .getResultList();
    }

    /** An administrator records a qualification of one of the organisation's trainers. */
    public TrainerQualification record(Caller caller, String organisationId, String trainerId, String title, String awardedBy,
                                       LocalDate obtainedOn, LocalDate validUntil, String description) {
        administered(caller, organisationId);
        if (trainerAccounts(organisationId).stream().noneMatch(a -> a.getId().equals(trainerId))) {
            throw Problem.notFound("socle.trainer.notFound");
        }
        try {
            TrainerQualification q = new TrainerQualification(organisationId, trainerId, title, awardedBy, obtainedOn, validUntil, description,
                    caller.accountId(), clock.now(), clock.now().atZone(Formats.PARIS).toLocalDate());
            em.persist(q);
            return q;
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(invalid(e.getMessage()));
        }
    }

    /** An administrator withdraws a qualification (recorded by mistake, no longer held): it stays, marked, with the reason. */
    public TrainerQualification withdraw(Caller caller, String organisationId, String trainerId, String qualificationId, String reason) {
        administered(caller, organisationId);
        TrainerQualification q = qualificationId == null ? null : em.find(TrainerQualification.class, qualificationId);
        if (q == null || !q.getOrganisationId().equals(organisationId) || !q.getTrainerId().equals(trainerId)) {
            throw Problem.notFound("socle.trainer.qualificationNotFound");
        }
        try {
            q.withdraw(caller.accountId(), reason, clock.now());
        } catch (IllegalStateException e) {
            throw Problem.conflict("socle.trainer.alreadyWithdrawn");
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.trainer.invalid.reason");
        }
        return q;
    }

    /** A qualification as other features read it (the agrément dossier). */
    public record Held(String title, String awardedBy, LocalDate obtainedOn, LocalDate validUntil, String description) {
    }

    /** The qualifications of a trainer in an organisation, in force on some day of a period (for the agrément dossier). */
    public List<Held> heldDuring(String organisationId, String trainerId, LocalDate from, LocalDate to) {
        return em.createNamedQuery(TrainerQualification.OF_TRAINER, TrainerQualification.class).setParameter("trainer", trainerId)
                .getResultStream().filter(q -> q.getOrganisationId().equals(organisationId) && !q.isWithdrawn()
                        && !q.getObtainedOn().isAfter(to) && (q.getValidUntil() == null || !q.getValidUntil().isBefore(from)))
                .map(q -> new Held(q.getTitle(), q.getAwardedBy(), q.getObtainedOn(), q.getValidUntil(), q.getDescription()))
                .toList();
    }

    /** The message of a field the entity refused. */
    static String invalid(String field) {
        return switch (field == null ? "" : field) {
            case "awardedBy" -> "socle.trainer.invalid.awardedBy";
            case "obtainedOn" -> "socle.trainer.invalid.obtainedOn";
            case "validUntil" -> "socle.trainer.invalid.validUntil";
            case "description" -> "socle.trainer.invalid.description";
            default -> "socle.trainer.invalid.title";
        };
    }

    private void administered(Caller caller, String organisationId) {
        if (organisationId == null || !caller.canAdminister(organisationId) || !organisations.exists(organisationId)) {
            throw Problem.notFound("socle.organisation.notFound");
        }
    }

    private List<Account> trainerAccounts(String organisationId) {
        return em.createQuery("SELECT DISTINCT m.account FROM Membership m WHERE m.organisation.id = :organisation AND m.role = :role",
                        Account.class).setParameter("organisation", organisationId).setParameter("role", Role.TRAINER).getResultStream()
                .sorted(java.util.Comparator.comparing(Account::getDisplayName).thenComparing(Account::getId)).toList();
    }
}

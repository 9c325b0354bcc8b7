package fr.socle.learning.boundary;

import fr.socle.learning.entity.LearnerProfile;
import fr.socle.learning.entity.Mandate;
import fr.socle.identity.boundary.Accounts;
import fr.socle.platform.Caller;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Learner profiles: read by the learner and by the administrators who see its account; changed by the
 * learner, and by an administrator only for an account entirely in the organisations it administers.
 */
@ApplicationScoped
@Transactional
public class LearnerProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    /** The profile of an account the caller may see (itself, or one of its organisations'); a new one if none yet. */
    public LearnerProfile profile(Caller caller, String accountId) {
        accounts.find(caller, accountId);
        LearnerProfile p = em.find(LearnerProfile.class, accountId);
        return p != null ? p : new LearnerProfile(accountId, ProfileType.PARTICULIER, clock.now());
    }

    public LearnerProfile change(Caller caller, String accountId, ProfileType type, String employerSiret, LearnerProfile.Category category,
                                 String filiere, String cadreEmplois, LearnerProfile.AgentStatus status) {
        LearnerProfile p = stored(caller, accountId, type);
        try {
            p.change(type, employerSiret, category, filiere, cadreEmplois, status, clock.now());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage().equals("siret") ? "socle.siret.invalid" : "socle.profile.invalid");
        }
        return p;
    }

    public Mandate addMandate(Caller caller, String accountId, Mandate.Type type, String collectivite, LocalDate start, LocalDate end, String delegation) {
        LearnerProfile p = stored(caller, accountId, ProfileType.ELU);
        try {
            return p.addMandate(new Mandate(type, collectivite, start, end, delegation), clock.now());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.profile.badMandate");
        }
    }

    public void removeMandate(Caller caller, String accountId, String mandateId) {
        if (!stored(caller, accountId, ProfileType.ELU).removeMandate(mandateId, clock.now())) {
            throw Problem.notFound("socle.profile.noMandate");
        }
    }

    /** The profile to change: one's own, or of an account the caller answers for entirely (403 for one in another organisation too). */
    private LearnerProfile stored(Caller caller, String accountId, ProfileType initialType) {
        var account = accounts.forProfileChange(caller, accountId);
        LearnerProfile p = em.find(LearnerProfile.class, account.getId());
        if (p == null) {
            p = new LearnerProfile(account.getId(), initialType == null ? ProfileType.PARTICULIER : initialType, clock.now());
            em.persist(p);
        }
        return p;
    }
}

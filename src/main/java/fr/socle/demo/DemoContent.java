package fr.socle.demo;

import fr.socle.agrement.boundary.AgrementInput;
import fr.socle.agrement.boundary.Agrements;
import fr.socle.agrement.boundary.AgrementKind;
import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.certification.boundary.Certificates;
import fr.socle.learning.boundary.Learning;

import fr.socle.delivery.boundary.Sessions;
import fr.socle.feedback.boundary.Feedback;
import fr.socle.feedback.entity.Complaint;
import fr.socle.feedback.entity.ImprovementAction;
import fr.socle.feedback.entity.SurveyQuestion;
import fr.socle.feedback.entity.SurveyResponse;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.certification.boundary.DocumentKind;
import fr.socle.learning.boundary.Enrolments;
import fr.socle.learning.boundary.LearnerProfiles;
import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.entity.LearnerProfile;
import fr.socle.learning.entity.Mandate;
import fr.socle.learning.boundary.ProfileType;
import fr.socle.learning.boundary.Funding;
import fr.socle.identity.boundary.Accounts;
import fr.socle.identity.boundary.Invitations;
import fr.socle.identity.boundary.NameChanges;
import fr.socle.identity.entity.Account;
import fr.socle.platform.Caller;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import fr.socle.platform.Role;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.boundary.OrganisationKind;
import fr.socle.platform.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo content (SOCLE_DEMO=true): a mutualisation structure and its member communes, a
 * training body, a registrar, and an account for each role; the agent enrolled in module AG1 of
 * the agents' parcours, in a session of its commune (two half-days on the first start's date) run
 * by the demo trainer; the mediator one quiz away from the seed cursus's certificate; who signs the
 * documents of the training body and of the commune; the training body's agrément to train élus, past its renewal deadline;
 * its default satisfaction surveys, a closed complaint with the improvement action it led to, and an open suggestion.
 * Loaded once; a restart adds nothing twice. The accounts and their password
 * are listed in the README.
 */
@ApplicationScoped
public class DemoContent {

    /** The demo accounts' password, printed in the README: demo instances only. */
    public static final String PASSWORD = "Demo-Socle-2026";

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "socle.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    Enrolments enrolments;

    @Inject
    Sessions sessions;

    @Inject
    Learning learning;

    @Inject
    Certificates certificates;

    @Inject
    LearnerProfiles profiles;

    /** The élus' demo accounts, read again after the loading transaction to issue their attestations. */
    private static final String ELU = "elu@socle.demo";
    private static final String ELU_ABANDON = "elu2@socle.demo";

    @Inject
    Agrements agrements;

    @Inject
    NameChanges nameChanges;

    @Inject
    Invitations invitations;

    /**
     * People waiting for an answer: the élue asks to carry her married name on her next documents (the
     * training body's administrator accepts or refuses it on its organisation page), and the training body
     * invites the commune's agent, who answers on "Mon compte". Each once: never again after an answer.
     */
    private void people(Account ofAdmin, Caller elu, Account agent, Organisation of) {
        if (nameChanges.mine(elu).isEmpty()) {
            nameChanges.request(elu, "Martine Rousseau-Leroy", "Mariage : nom d’usage");
        }
        invitations.ensurePending(of, agent, Role.LEARNER, ofAdmin);
    }

    /**
     * The training body's agrément to train élus, the number its signatory profile shows: a first
     * agrément from 16 December 2024, so valid through 15 December 2026, with its renewal request due
     * by 16 October 2026: in late 2026 the dashboards warn that the filing deadline has passed.
     */
    private void agrement(Caller admin, Organisation of) {
        if (agrements.standing(admin, of.getId()).current() != null) {
            return;
        }
        LocalDate granted = LocalDate.of(2024, 12, 16);
        agrements.record(admin, of.getId(), new AgrementInput(AgrementKind.INITIAL, "AGR-ELU-2025-0142", granted, granted,
                "Décision du ministre chargé des collectivités territoriales du 16 décembre 2024, après avis du CNFEL"));
    }

    @Inject
    Feedback feedback;

    /** Who signs the documents of the training body and of the commune. */
    private void signatories(Caller admin, Organisation of, Organisation commune) {
        certificates.saveProfile(admin, of.getId(), "Claire Martin", "Directrice de Médiation Plus Formation", "AGR-ELU-2025-0142", null);
        certificates.saveProfile(admin, commune.getId(), "Jean Dupré", "Maire de Saint-Aubin-des-Prés", null, null);
    }

    /**
     * The demo mediator in the seed cursus (spécialisation SP-ENT) at the training body, with every
     * activity done but the SP-ENT quiz: passing it completes the cursus and earns the certificate.
     */
    private void cursus(Caller trainer, Caller mediateur, Organisation of) {
        if (!enrolments.mine(mediateur).isEmpty()) {
            return;
        }
        try {
            var e = enrolments.enrolLearner(trainer, mediateur.accountId(), of.getId(), "CMN", null, Funding.OPCO);
            enrolments.chooseSpecialisations(trainer, e.getId(), List.of("SP-ENT"));
            var remaining = e.modules().stream().filter(m -> m.getCode().equals("SP-ENT")).flatMap(m -> m.getActivities().stream())
                    .filter(a -> a.getKind() == ActivityKind.QUIZ).findFirst().orElseThrow();
            e.modules().stream().flatMap(m -> m.getActivities().stream()).filter(a -> !a.getId().equals(remaining.getId()))
                    .forEach(a -> learning.credit(e, a.getId()));
        } catch (Problem p) {
            LOG.warning("Demo cursus not set up: " + p.getMessage());
        }
    }

    static final String MEDIATEUR_POSITIONING = "Niveau 3 sur 4 (entretien de positionnement et profil Pix) – à l’aise avec la bureautique "
            + "et la messagerie, à renforcer : sécurité numérique et accompagnement des démarches en ligne.";
    static final String ELU_POSITIONING = "Niveau 2 sur 4 (questionnaire d’auto-positionnement) – à l’aise avec la messagerie, "
            + "à accompagner sur les démarches en ligne et la stratégie numérique de la commune.";

    /** The trainer records a learner's positioning at entry, on its open enrolments not positioned yet (so, once). */
    private void position(Caller trainer, Caller learner, String result) {
        try {
            enrolments.mine(learner).stream().filter(e -> !e.getStatus().isEnded() && !e.isPositioned())
                    .forEach(e -> enrolments.recordPositioning(trainer, e.getId(), result));
        } catch (Problem p) {
            LOG.warning("Demo positioning not recorded: " + p.getMessage());
        }
    }

    /** The demo agent in module AG1, in a session of its commune: a morning and an afternoon in the room. */
    private void session(Caller trainer, String agentId, Organisation commune) {
        if (!sessions.taught(trainer).isEmpty()) {
            return;
        }
        try {
            var enrolment = enrolments.enrolLearner(trainer, agentId, commune.getId(), "AGENTS-ACCUEIL", "AG1", Funding.COLLECTIVITE);
            LocalDate today = LocalDate.now(Formats.PARIS);
            var session = sessions.create(trainer, commune.getId(), "AGENTS-ACCUEIL", "AG1", "AG1 – Saint-Aubin, groupe 1",
                    "Mairie de Saint-Aubin-des-Prés, salle du conseil", 12,
                    List.of(new Sessions.Slot(today, HalfDay.Period.MATIN, 540, 750, null, false),
                            new Sessions.Slot(today, HalfDay.Period.APRES_MIDI, 810, 1020, null, false)));
            sessions.addLearner(trainer, session.getId(), enrolment.getId());
        } catch (Problem p) {
            LOG.warning("Demo session not created: " + p.getMessage());
        }
    }

    /** The demo agent and mediator's profiles, for the reports (BPF trainee types, hours by audience). */
    private void profiles(Caller admin, String agentId, String mediateurId) {
        if (profiles.profile(admin, agentId).getType() == ProfileType.AGENT_TERRITORIAL) {
            return;
        }
        profiles.change(admin, agentId, ProfileType.AGENT_TERRITORIAL, "21300012300017", LearnerProfile.Category.C, "Administrative",
                "Adjoints administratifs territoriaux", LearnerProfile.AgentStatus.TITULAIRE);
        profiles.change(admin, mediateurId, ProfileType.CONSEILLER_NUMERIQUE, null, null, null, null, null);
    }

    /**
     * Two élus at the training body, in the élus' parcours funded by their DIFE: one attended a day of
     * module ELU1 (two half-days where the trainer attested the élue's presence and counter-signed, so
     * sealed: 7 hours of attendance in the ledger) and completed the parcours; the other gave up.
     * Their attestations are issued once the loading transaction is committed ({@link #documents}).
     */
    private void elus(Caller admin, Caller trainer, Caller elu, Caller quitter, Organisation of) {
        if (!enrolments.mine(elu).isEmpty()) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(Formats.PARIS);
            for (Caller c : List.of(elu, quitter)) {
                profiles.change(admin, c.accountId(), ProfileType.ELU, null, null, null, null, null);
            }
            profiles.addMandate(admin, elu.accountId(), Mandate.Type.ADJOINT, "Commune de Saint-Aubin-des-Prés", LocalDate.of(2026, 3, 22),
                    LocalDate.of(2032, 3, 31), "Numérique et administration générale");
            profiles.addMandate(admin, quitter.accountId(), Mandate.Type.CONSEILLER_MUNICIPAL, "Commune de Villeneuve-sur-Loire",
                    LocalDate.of(2026, 3, 22), LocalDate.of(2032, 3, 31), null);
            var e = enrolments.enrolLearner(trainer, elu.accountId(), of.getId(), "ELUS-NUM", null, Funding.DIFE);
            var gone = enrolments.enrolLearner(trainer, quitter.accountId(), of.getId(), "ELUS-NUM", null, Funding.DIFE);
            position(trainer, elu, ELU_POSITIONING);
            var session = sessions.create(trainer, of.getId(), "ELUS-NUM", "ELU1", "ELU1 – Stratégie d’inclusion numérique, session élus",
                    "Médiation Plus Formation, salle Condorcet", 15,
                    List.of(new Sessions.Slot(today, HalfDay.Period.MATIN, 540, 750, null, false),
                            new Sessions.Slot(today, HalfDay.Period.APRES_MIDI, 810, 1020, null, false)));
            sessions.addLearner(trainer, session.getId(), e.getId());
            for (HalfDay h : session.getHalfDays()) {
                sessions.attest(trainer, session.getId(), h.getId(), e.getId(), "127.0.0.1", "Démo Socle");
                sessions.seal(trainer, session.getId(), h.getId(), "127.0.0.1", null);
            }
            e.modules().stream().flatMap(m -> m.getActivities().stream()).forEach(a -> learning.credit(e, a.getId()));
            enrolments.end(trainer, gone.getId(), true, "Indisponible pendant la session (agenda du conseil municipal)");
        } catch (Problem p) {
            LOG.warning("Demo élus not set up: " + p.getMessage());
        }
    }

    /**
     * Once the demo content is committed: the completed élu's attestation d'assiduité (issued once,
     * however many restarts) and its answers to the hot satisfaction survey now due.
     */
    void documents(@Observes @Priority(210) SchemaReady ready) {
        if (!enabled) {
            return;
        }
        try {
            var trainer = accounts.callerOf(accounts.byEmail("formateur@socle.demo").orElseThrow());
            var elu = accounts.callerOf(accounts.byEmail(ELU).orElseThrow());
            enrolments.mine(elu).stream().filter(e -> e.getStatus() == EnrolmentStatus.TERMINE)
                    .forEach(e -> certificates.issue(trainer, DocumentKind.ATTESTATION_ASSIDUITE, e.getId(), null));
            int[] scores = {5, 4, 5, 4, 5};
            for (Feedback.Due due : feedback.due(elu)) {
                var answers = new java.util.ArrayList<SurveyResponse.Answer>();
                for (var q : due.survey().getQuestions()) {
                    answers.add(q.getKind() == SurveyQuestion.Kind.LIKERT
                            ? new SurveyResponse.Answer(q.getId(), scores[answers.size() % scores.length], null)
                            : new SurveyResponse.Answer(q.getId(), null, "Très concret : j’ai pu présenter le diagnostic au conseil municipal."));
                }
                feedback.answer(elu, due.survey().getId(), due.enrolment().getId(), answers);
            }
        } catch (RuntimeException ex) {
            LOG.warning("Demo attestation not issued: " + ex.getMessage());
        }
    }

    /**
     * The training body's default surveys, and its log: a complaint closed, with the improvement action
     * it led to done, and a suggestion still open.
     */
    private void feedback(Caller admin, Organisation of) {
        feedback.ensureDefaults(admin, of.getId());
        if (!feedback.complaints(admin, of.getId()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(Formats.PARIS);
        var complaint = feedback.record(admin, of.getId(), new Feedback.ComplaintDraft(today.minusWeeks(3), Complaint.Channel.EMAIL,
                Complaint.Kind.RECLAMATION, "Marie Lefèvre", "CMN", "Supports de cours difficiles à lire",
                "Les supports imprimés du module d’accueil sont en petits caractères, difficiles à lire pour plusieurs stagiaires."));
        feedback.handle(admin, complaint.getId(), new Feedback.Handling(Complaint.Status.CLOTUREE,
                "Supports réimprimés en corps 14 et envoyés en PDF accessible ; réponse écrite à la stagiaire.",
                today.minusWeeks(3).plusDays(2), today.minusWeeks(2)));
        feedback.createAction(admin, of.getId(), new Feedback.ActionDraft(ImprovementAction.Origin.RECLAMATION, complaint.getId(),
                "Relire tous les supports avec la grille d’accessibilité", "Corps 14 minimum, contrastes vérifiés, PDF balisés.",
                "Équipe pédagogique", today.minusWeeks(1), ImprovementAction.Status.REALISEE, today.minusDays(10)));
        feedback.record(admin, of.getId(), new Feedback.ComplaintDraft(today.minusDays(2), Complaint.Channel.FORMULAIRE,
                Complaint.Kind.SUGGESTION, "Sam Médiateur", "CMN", "Une séance de questions en fin de module",
                "Il serait utile de garder une demi-heure en fin de module pour les questions pratiques."));
    }

    @Transactional
    void onSchemaReady(@Observes @Priority(200) SchemaReady ready) {
        if (!enabled) {
            return;
        }
        Organisation syndicat = organisations.ensure("Syndicat mixte Numérique en Vallée", OrganisationKind.SYNDICAT_MIXTE, "20004567800014", null);
        Organisation commune = organisations.ensure("Commune de Saint-Aubin-des-Prés", OrganisationKind.COMMUNE, "21300012300017", syndicat);
        organisations.ensure("Commune de Villeneuve-sur-Loire", OrganisationKind.COMMUNE, "21001234500018", syndicat);
        Organisation of = organisations.ensure("Médiation Plus Formation", OrganisationKind.ORGANISME_DE_FORMATION, "81234567800013", null);
        Organisation cnfpt = organisations.ensure("CNFPT – délégation régionale", OrganisationKind.CNFPT, "18000924400013", null);

        var admin = accounts.ensureAccount("admin@socle.demo", "Camille Admin", PASSWORD, Map.of());
        accounts.grantPlatformAdmin(admin);
        accounts.ensureAccount("syndicat@socle.demo", "Dominique Responsable", PASSWORD, Map.of(syndicat, Role.ORG_ADMIN));
        var ofAdmin = accounts.ensureAccount("of@socle.demo", "Sacha Gestionnaire", PASSWORD, Map.of(of, Role.ORG_ADMIN));
        var formateur = accounts.ensureAccount("formateur@socle.demo", "Alex Formateur", PASSWORD, Map.of(of, Role.TRAINER, commune, Role.TRAINER));
        var agent = accounts.ensureAccount("agent@socle.demo", "Léa Agent", PASSWORD, Map.of(commune, Role.LEARNER));
        accounts.ensureAccount("registraire@socle.demo", "Noé Registraire", PASSWORD, Map.of(cnfpt, Role.REGISTRAR));
        var mediateur = accounts.ensureAccount("mediateur@socle.demo", "Sam Médiateur", PASSWORD, Map.of(of, Role.LEARNER));
        session(accounts.callerOf(formateur), agent.getId(), commune);
        signatories(accounts.callerOf(admin), of, commune);
        agrement(accounts.callerOf(admin), of);
        cursus(accounts.callerOf(formateur), accounts.callerOf(mediateur), of);
        position(accounts.callerOf(formateur), accounts.callerOf(mediateur), MEDIATEUR_POSITIONING);
        var elu = accounts.ensureAccount(ELU, "Martine Rousseau", PASSWORD, Map.of(of, Role.LEARNER));
        var quitter = accounts.ensureAccount(ELU_ABANDON, "Paul Garnier", PASSWORD, Map.of(of, Role.LEARNER));
        Caller platform = accounts.callerOf(admin);
        profiles(platform, agent.getId(), mediateur.getId());
        elus(platform, accounts.callerOf(formateur), accounts.callerOf(elu), accounts.callerOf(quitter), of);
        people(ofAdmin, accounts.callerOf(elu), agent, of);
        try {
            feedback(accounts.callerOf(ofAdmin), of);
        } catch (Problem p) {
            LOG.warning("Demo feedback not set up: " + p.getMessage());
        }
        LOG.info("Demo content ready: accounts *@socle.demo (see the README)");
    }
}

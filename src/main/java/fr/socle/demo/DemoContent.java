package fr.socle.demo;

import fr.socle.catalogue.entity.ActivityKind;
import fr.socle.certification.boundary.Certificates;
import fr.socle.progress.boundary.Learning;

import fr.socle.delivery.boundary.Sessions;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.enrolment.boundary.Enrolments;
import fr.socle.enrolment.entity.Funding;
import fr.socle.identity.boundary.Accounts;
import fr.socle.identity.control.Caller;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import fr.socle.identity.entity.Role;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.entity.OrganisationKind;
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
 * documents of the training body and of the commune. Loaded once; a restart adds nothing twice. The accounts and their password
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
        accounts.ensureAccount("of@socle.demo", "Sacha Gestionnaire", PASSWORD, Map.of(of, Role.ORG_ADMIN));
        var formateur = accounts.ensureAccount("formateur@socle.demo", "Alex Formateur", PASSWORD, Map.of(of, Role.TRAINER, commune, Role.TRAINER));
        var agent = accounts.ensureAccount("agent@socle.demo", "Léa Agent", PASSWORD, Map.of(commune, Role.LEARNER));
        accounts.ensureAccount("registraire@socle.demo", "Noé Registraire", PASSWORD, Map.of(cnfpt, Role.REGISTRAR));
        var mediateur = accounts.ensureAccount("mediateur@socle.demo", "Sam Médiateur", PASSWORD, Map.of(of, Role.LEARNER));
        session(accounts.callerOf(formateur), agent.getId(), commune);
        signatories(accounts.callerOf(admin), of, commune);
        cursus(accounts.callerOf(formateur), accounts.callerOf(mediateur), of);
        LOG.info("Demo content ready: accounts *@socle.demo (see the README)");
    }
}

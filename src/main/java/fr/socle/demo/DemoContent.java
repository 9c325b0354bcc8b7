package fr.socle.demo;

import fr.socle.identity.boundary.Accounts;
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
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo content (SOCLE_DEMO=true): a mutualisation structure and its member communes, a
 * training body, a registrar, and an account for each role. Loaded once; a restart adds nothing
 * twice. The accounts and their password are listed in the README.
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

        accounts.grantPlatformAdmin(accounts.ensureAccount("admin@socle.demo", "Camille Admin", PASSWORD, Map.of()));
        accounts.ensureAccount("syndicat@socle.demo", "Dominique Responsable", PASSWORD, Map.of(syndicat, Role.ORG_ADMIN));
        accounts.ensureAccount("of@socle.demo", "Sacha Gestionnaire", PASSWORD, Map.of(of, Role.ORG_ADMIN));
        accounts.ensureAccount("formateur@socle.demo", "Alex Formateur", PASSWORD, Map.of(of, Role.TRAINER));
        accounts.ensureAccount("agent@socle.demo", "Léa Agent", PASSWORD, Map.of(commune, Role.LEARNER));
        accounts.ensureAccount("registraire@socle.demo", "Noé Registraire", PASSWORD, Map.of(cnfpt, Role.REGISTRAR));
        LOG.info("Demo content ready: accounts *@socle.demo (see the README)");
    }
}

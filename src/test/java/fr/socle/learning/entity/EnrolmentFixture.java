package fr.socle.learning.entity;

import fr.socle.learning.boundary.Funding;
import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.catalogue.boundary.Audience;
import fr.socle.catalogue.boundary.ComponentKind;
import fr.socle.catalogue.boundary.Modality;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.Programme;
import fr.socle.catalogue.entity.ProgrammeComponent;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.catalogue.boundary.QuestionKind;
import fr.socle.catalogue.boundary.Visibility;
import fr.socle.identity.entity.Account;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.boundary.OrganisationKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A small published cursus: a tronc commun of two modules, two spécialisations (choose 1), a stage. */
public final class EnrolmentFixture {

    public static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    private EnrolmentFixture() {
    }

    public static ProgrammeVersion cursus() {
        Programme p = new Programme("CUR", null, Visibility.PUBLIC, NOW);
        ProgrammeVersion v = p.newDraft(new ProgrammeVersion.Header("Cursus", Audience.MEDIATEUR, null, null, null, List.of("O"),
                "", "", "", null, null, 1, 1), NOW);
        ProgrammeComponent tc = v.addComponent("TC", ComponentKind.TRONC_COMMUN, "Tronc commun", null);
        module(tc, "TC1", 7);
        module(tc, "TC2", 14);
        module(v.addComponent("SP-A", ComponentKind.SPECIALISATION, "Spé A", null), "SPA", 35);
        module(v.addComponent("SP-B", ComponentKind.SPECIALISATION, "Spé B", null), "SPB", 35);
        module(v.addComponent("ST", ComponentKind.STAGE, "Stage", null), "ST1", 70);
        v.publish("test", NOW);
        return v;
    }

    static void module(ProgrammeComponent c, String code, int hours) {
        Module m = c.addModule(new Module.Header(code, "Module " + code, new BigDecimal(hours), Modality.MIXTE, List.of("Objectif"), null, null));
        m.addActivity(new Activity.Content(ActivityKind.LESSON, "Leçon " + code, 60, null, null, "x", "<p>x</p>", null, null, null, null, null, null));
        Activity quiz = m.addActivity(new Activity.Content(ActivityKind.QUIZ, "Quiz " + code, 20, null, null, null, null, null, null, 70, 3, true, "Quiz"));
        quiz.addQuestion(QuestionKind.TRUE_FALSE, "Vrai ?", null, true, null);
    }

    public static Enrolment enrolment(ProgrammeVersion v) {
        Organisation org = new Organisation("Commune", OrganisationKind.COMMUNE, null, null, NOW);
        Account learner = new Account("apprenant@example.org", "Apprenant", "hash", NOW);
        return new Enrolment(learner, org, v, null, Funding.COLLECTIVITE, "admin@example.org", NOW);
    }
}

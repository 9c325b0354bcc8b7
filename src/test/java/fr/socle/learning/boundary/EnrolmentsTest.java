package fr.socle.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.learning.control.Xapi;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.XapiStatement;
import fr.socle.platform.Problem;
import fr.socle.testing.Harness;
import fr.socle.testing.World;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The Enrolments facade on a real database (EclipseLink over H2, the project's migrations), outside the container. */
class EnrolmentsTest {

    private static Harness harness;
    private World world;
    private Enrolments enrolments;

    @BeforeAll
    static void database() {
        harness = new Harness();
    }

    @AfterAll
    static void close() {
        harness.close();
    }

    @BeforeEach
    void world() {
        harness.clean();
        world = World.build(harness);
        enrolments = harness.bean(Enrolments.class);
    }

    private Enrolment enrolSelf(World.Person p) {
        return harness.tx(() -> enrolments.enrolSelf(p.caller(), World.PROGRAMME));
    }

    private Enrolment enrol(World.Person by, World.Person learner, String organisation) {
        return harness.tx(() -> enrolments.enrolLearner(by.caller(), learner.id(), organisation, World.PROGRAMME, null, Funding.COLLECTIVITE));
    }

    private static Problem problem(Problem.Kind kind, String key, Executable call) {
        Problem p = assertThrows(Problem.class, call);
        assertEquals(kind, p.kind(), p.key());
        assertEquals(key, p.key());
        return p;
    }

    private long statements(String learnerId, String verb) {
        return harness.tx(() -> harness.em().createQuery("SELECT COUNT(s) FROM XapiStatement s WHERE s.learnerId = :l AND s.verb = :v",
                Long.class).setParameter("l", learnerId).setParameter("v", verb).getSingleResult());
    }

    @Test
    void aLearnerEnrolsItselfInTheLatestPublishedVersionWithItsOrganisationAndTheRegistrationIsRecorded() {
        Enrolment e = enrolSelf(world.learner);

        Enrolment stored = harness.tx(() -> harness.em().find(Enrolment.class, e.getId()));
        assertNotNull(stored, "the enrolment is committed");
        assertEquals(EnrolmentStatus.INSCRIT, stored.getStatus());
        assertEquals(world.learner.id(), stored.getLearner().getId());
        assertEquals(world.commune, stored.getOrganisation().getId());
        assertEquals(World.PROGRAMME, stored.getVersion().getProgramme().getCode());
        assertEquals(1, statements(world.learner.id(), Xapi.REGISTERED), "one xAPI 'registered' statement");
    }

    @Test
    void aSecondOpenEnrolmentInTheSameVersionIsAConflict() {
        enrolSelf(world.learner);

        problem(Problem.Kind.CONFLICT, "socle.enrolment.already", () -> enrolSelf(world.learner));
        problem(Problem.Kind.CONFLICT, "socle.enrolment.already", () -> enrol(world.trainer, world.learner, world.commune));
        long open = harness.tx(() -> harness.em().createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.learner.id = :l", Long.class)
                .setParameter("l", world.learner.id()).getSingleResult());
        assertEquals(1, open, "the refused enrolments left nothing behind");
    }

    @Test
    void aTrainerEnrolsALearnerOfItsOrganisationWithItsFunding() {
        Enrolment e = enrol(world.trainer, world.learner2, world.commune);

        Enrolment stored = harness.tx(() -> harness.em().find(Enrolment.class, e.getId()));
        assertEquals(world.learner2.id(), stored.getLearner().getId());
        assertEquals(Funding.COLLECTIVITE, stored.getFunding());
        assertEquals(world.trainer.email(), stored.getEnrolledBy());
        assertEquals(EnrolmentStatus.INSCRIT, stored.getStatus());
    }

    @Test
    void aTrainerOfAnotherOrganisationCannotEnrolIntoThisOneAndIsToldItDoesNotExist() {
        problem(Problem.Kind.NOT_FOUND, "socle.organisation.notFound", () -> enrol(world.outsider, world.learner, world.commune));
    }

    @Test
    void aTrainerCannotEnrolSomeoneWhoIsNotAMemberOfTheOrganisation() {
        problem(Problem.Kind.NOT_FOUND, "socle.account.notFound", () -> enrol(world.trainer, world.outsideLearner, world.commune));
    }

    @Test
    void aLearnerCannotEnrolOthers() {
        problem(Problem.Kind.NOT_FOUND, "socle.organisation.notFound", () -> enrol(world.learner, world.learner2, world.commune));
    }

    @Test
    void anEnrolmentIsReadByItsLearnerAndItsOrganisationsTrainersAndIsNotFoundForAnotherTenant() {
        Enrolment e = enrolSelf(world.learner);

        assertEquals(e.getId(), harness.tx(() -> enrolments.find(world.learner.caller(), e.getId())).getId());
        assertEquals(e.getId(), harness.tx(() -> enrolments.find(world.trainer.caller(), e.getId())).getId());
        assertEquals(e.getId(), harness.tx(() -> enrolments.find(world.admin.caller(), e.getId())).getId());
        problem(Problem.Kind.NOT_FOUND, "socle.enrolment.notFound", () -> harness.tx(() -> enrolments.find(world.outsider.caller(), e.getId())));
        problem(Problem.Kind.NOT_FOUND, "socle.enrolment.notFound", () -> harness.tx(() -> enrolments.find(world.learner2.caller(), e.getId())));
        problem(Problem.Kind.NOT_FOUND, "socle.enrolment.notFound",
                () -> harness.tx(() -> enrolments.find(world.outsideLearner.caller(), e.getId())));
    }

    @Test
    void aTrainerFollowsAnEnrolmentButOnlyItsLearnerLearnsInIt() {
        Enrolment e = enrolSelf(world.learner);

        problem(Problem.Kind.FORBIDDEN, "socle.enrolment.notYours", () -> harness.tx(() -> enrolments.own(world.trainer.caller(), e.getId())));
        assertEquals(e.getId(), harness.tx(() -> enrolments.own(world.learner.caller(), e.getId())).getId());
    }

    @Test
    void mineListsOnlyTheCallersOwnEnrolments() {
        enrolSelf(world.learner);
        enrol(world.trainer, world.learner2, world.commune);

        List<Enrolment> mine = harness.tx(() -> enrolments.mine(world.learner.caller()));
        assertEquals(1, mine.size());
        assertEquals(world.learner.id(), mine.get(0).getLearner().getId());
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCleanCsvFileIsImportedWholeForTheCallersOrganisation() {
        byte[] file = csv("email;programme;financement", world.learner.email() + ";" + World.PROGRAMME + ";COLLECTIVITE",
                world.learner2.email() + ";" + World.PROGRAMME + ";CNFPT");

        Enrolments.CsvReport report = harness.tx(() -> enrolments.importCsv(world.trainer.caller(), world.commune, file, true));

        assertTrue(report.imported(), () -> report.toString());
        assertEquals(2, report.lines().size());
        report.lines().forEach(l -> assertNotNull(l.enrolmentId(), "each line says which enrolment it made"));
        Enrolment second = harness.tx(() -> harness.em().find(Enrolment.class, report.lines().get(1).enrolmentId()));
        assertEquals(world.learner2.id(), second.getLearner().getId());
        assertEquals(Funding.CNFPT, second.getFunding());
        assertEquals(world.commune, second.getOrganisation().getId());
    }

    @Test
    void aCsvFileWithOneBadLineImportsNothingAndSaysWhichLineIsWrong() {
        byte[] file = csv("email;programme", world.learner.email() + ";" + World.PROGRAMME,
                world.outsideLearner.email() + ";" + World.PROGRAMME, world.learner2.email() + ";NO-SUCH-PROGRAMME");

        Enrolments.CsvReport report = harness.tx(() -> enrolments.importCsv(world.trainer.caller(), world.commune, file, true));

        assertFalse(report.imported());
        assertEquals(List.of(), report.lines().get(0).problems());
        assertEquals(List.of("socle.csv.unknownLearner"), report.lines().get(1).problems(), "a learner of another organisation is unknown here");
        assertEquals(List.of("socle.csv.unknownProgramme"), report.lines().get(2).problems());
        long enrolled = harness.tx(() -> harness.em().createQuery("SELECT COUNT(e) FROM Enrolment e", Long.class).getSingleResult());
        assertEquals(0, enrolled, "nothing is imported");
    }

    @Test
    void aCsvImportIntoAnotherOrganisationIsNotFound() {
        byte[] file = csv("email;programme", world.learner.email() + ";" + World.PROGRAMME);

        problem(Problem.Kind.NOT_FOUND, "socle.organisation.notFound",
                () -> harness.tx(() -> enrolments.importCsv(world.outsider.caller(), world.commune, file, true)));
    }
}

package fr.socle.certification.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Question;
import fr.socle.certification.entity.Certificate;
import fr.socle.certification.entity.CertificatePdf;
import fr.socle.certification.entity.LogEntry;
import fr.socle.certification.entity.LogHead;
import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.boundary.Enrolments;
import fr.socle.learning.boundary.Learning;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import fr.socle.testing.Harness;
import fr.socle.testing.World;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The Issuance facade on a real database (EclipseLink over H2, the project's migrations), outside the container, with
 * its real collaborators: the seal keys (generated on first need, under a test password), the renderer, the PDF seal,
 * the credential signer, the status list and the hash-chained log.
 */
class IssuanceTest {

    private static Harness harness;
    private World world;
    private Issuance issuance;
    private Learning learning;

    @BeforeAll
    static void database() {
        harness = new Harness().config("socle.seal.password", "a-test-password-for-the-seal-keys");
    }

    @AfterAll
    static void close() {
        harness.close();
    }

    @BeforeEach
    void world() {
        harness.clean();
        world = World.build(harness);
        issuance = harness.bean(Issuance.class);
        learning = harness.bean(Learning.class);
    }

    private String enrol(World.Person p) {
        return harness.tx(() -> harness.bean(Enrolments.class).enrolSelf(p.caller(), World.PROGRAMME)).getId();
    }

    private String activity(String enrolment, ActivityKind kind) {
        return harness.tx(() -> harness.em().find(Enrolment.class, enrolment).modules().stream().flatMap(m -> m.getActivities().stream())
                .filter(a -> a.getKind() == kind).map(Activity::getId).findFirst().orElseThrow());
    }

    private void markDone(World.Person p, String enrolment, ActivityKind kind) {
        String id = activity(enrolment, kind);
        harness.run(() -> learning.markDone(p.caller(), enrolment, id));
    }

    /** Everything done: lesson, tutorial, and the quiz passed. */
    private void complete(World.Person p, String enrolment) {
        markDone(p, enrolment, ActivityKind.LESSON);
        markDone(p, enrolment, ActivityKind.TUTORIAL);
        String quiz = activity(enrolment, ActivityKind.QUIZ);
        harness.tx(() -> learning.submitQuiz(p.caller(), enrolment, quiz,
                List.of(new Question.Answer(Set.of(0), null, null), new Question.Answer(Set.of(), true, null))));
        assertEquals(EnrolmentStatus.TERMINE, harness.tx(() -> harness.em().find(Enrolment.class, enrolment)).getStatus());
    }

    private Issuance.Issued issue(DocumentKind kind, String enrolment) {
        return harness.tx(() -> issuance.issue(kind, enrolment, world.trainer.email(), null));
    }

    private long certificates() {
        return harness.tx(() -> harness.em().createQuery("SELECT COUNT(c) FROM Certificate c", Long.class).getSingleResult());
    }

    private static void problem(Problem.Kind kind, String key, Executable call) {
        Problem p = assertThrows(Problem.class, call);
        assertEquals(kind, p.kind(), p.key());
        assertEquals(key, p.key());
    }

    @Test
    void aCompletedEnrolmentGetsItsCertificateSealedStoredAndLogged() throws Exception {
        String enrolment = enrol(world.learner);
        complete(world.learner, enrolment);

        Issuance.Issued issued = issue(DocumentKind.CERTIFICAT, enrolment);

        assertTrue(issued.created());
        Certificate c = harness.tx(() -> harness.em().find(Certificate.class, issued.certificate().getId()));
        assertNotNull(c, "the certificate is committed");
        assertTrue(c.getCode().startsWith("CRT"), c.getCode());
        assertEquals(world.learner.name(), c.getHolderName());
        assertEquals(world.commune, c.getIssuerId());
        assertEquals(World.PROGRAMME, c.getProgrammeCode());
        assertEquals(World.TITLE, c.getTitle());
        assertEquals(World.LESSON_MINUTES + World.TUTORIAL_MINUTES + World.QUIZ_MINUTES, c.getMinutes(), "the hours of the ledger");
        assertEquals(world.trainer.email(), c.getIssuedBy());
        assertTrue(c.getFacts().contains("2.1"), "the module's competence is stated: " + c.getFacts());
        assertNotNull(c.getCredential(), "a signed credential");
        assertEquals(3, c.getCredential().split("\\.").length, "a compact JWS");
        byte[] pdf = harness.tx(() -> harness.em().find(CertificatePdf.class, c.getId())).getContent();
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(pdf, 4));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), c.getPdfSha256());
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("/ByteRange"), "the PDF carries a signature");
        List<LogEntry> log = harness.tx(() -> harness.em().createQuery("SELECT e FROM LogEntry e", LogEntry.class).getResultList());
        assertEquals(1, log.size());
        assertEquals(c.getCode(), log.get(0).getCode());
        assertEquals(LogEntry.Action.ISSUED.name(), log.get(0).getAction());
        assertEquals(1, harness.tx(() -> harness.em().find(LogHead.class, LogHead.ID)).getSeq(), "the log's head moved");
    }

    @Test
    void askingAgainReturnsTheSameDocumentAndMakesNoOther() {
        String enrolment = enrol(world.learner);
        complete(world.learner, enrolment);
        Issuance.Issued first = issue(DocumentKind.CERTIFICAT, enrolment);

        Issuance.Issued again = issue(DocumentKind.CERTIFICAT, enrolment);

        assertFalse(again.created());
        assertEquals(first.certificate().getCode(), again.certificate().getCode());
        assertEquals(1, certificates());
    }

    @Test
    void anIncompleteEnrolmentGetsNoCertificate() {
        String enrolment = enrol(world.learner);
        markDone(world.learner, enrolment, ActivityKind.LESSON);

        problem(Problem.Kind.CONFLICT, "socle.certificate.notComplete", () -> issue(DocumentKind.CERTIFICAT, enrolment));
        assertEquals(0, certificates(), "nothing is stored");
        assertEquals(0, harness.tx(() -> harness.em().find(LogHead.class, LogHead.ID)).getSeq(), "nothing is logged");
    }

    @Test
    void anAttestationDeFinDeFormationNeedsTheTrainingStartedButNotFinished() {
        String enrolment = enrol(world.learner);
        problem(Problem.Kind.CONFLICT, "socle.certificate.notStarted", () -> issue(DocumentKind.ATTESTATION_FIN_FORMATION, enrolment));

        markDone(world.learner, enrolment, ActivityKind.LESSON);
        Issuance.Issued issued = issue(DocumentKind.ATTESTATION_FIN_FORMATION, enrolment);

        assertTrue(issued.created());
        assertEquals(World.LESSON_MINUTES, issued.certificate().getMinutes(), "the hours done so far");
    }

    @Test
    void anAttestationDassiduiteIsForElusOnly() {
        String enrolment = enrol(world.learner);
        markDone(world.learner, enrolment, ActivityKind.LESSON);

        problem(Problem.Kind.CONFLICT, "socle.certificate.notElu", () -> issue(DocumentKind.ATTESTATION_ASSIDUITE, enrolment));
    }

    @Test
    void aDocumentMissingARequiredFactIsRefusedAndNamesIt() {
        // the department has no issuer profile: no signatory to name
        String enrolment = enrol(world.outsideLearner);
        complete(world.outsideLearner, enrolment);

        Problem p = assertThrows(Problem.class, () -> issue(DocumentKind.CERTIFICAT, enrolment));
        assertEquals("socle.certificate.missingFields", p.key());
        assertEquals(List.of("signatoryName"), p.details());
        assertEquals(0, certificates());
    }

    @Test
    void anExpiryDateInThePastIsRefused() {
        String enrolment = enrol(world.learner);
        complete(world.learner, enrolment);
        LocalDate today = LocalDate.now(Formats.PARIS);

        problem(Problem.Kind.BAD_REQUEST, "socle.certificate.expiryPast",
                () -> harness.tx(() -> issuance.issue(DocumentKind.CERTIFICAT, enrolment, world.trainer.email(), today)));
    }

    @Test
    void anUnknownEnrolmentIsNotFound() {
        problem(Problem.Kind.NOT_FOUND, "socle.enrolment.notFound", () -> issue(DocumentKind.CERTIFICAT, "no-such-enrolment"));
    }
}

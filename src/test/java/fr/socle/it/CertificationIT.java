package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import fr.socle.certification.control.PdfSeal;
import fr.socle.certification.control.StatusLists;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents through the API, on a real server: a completed programme earns a sealed certificate and
 * an Open Badges credential that check out with independent tools; revocation shows in the
 * verification answer and the status list; reissue keeps the lineage; issuing is idempotent, also in
 * bulk; every organisation sees only its own; the log's chain holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificationIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    @ArquillianResource
    URL base;

    Http http;

    static World world;

    record Person(String id, String token) {
    }

    record World(String platform, String org, String code, Person trainer, Person admin, Person otherTrainer, Person otherAdmin,
                 Person registrar) {
    }

    @BeforeEach
    void connect() {
        http = new Http(base);
        if (world == null) {
            world = build();
        }
    }

    private World build() {
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String org = http.newOrganisation(platform, "Organisme Certifiant", "ORGANISME_DE_FORMATION");
        String other = http.newOrganisation(platform, "Autre organisme", "ORGANISME_DE_FORMATION");
        String code = "CER-" + Fixtures.unique("X").substring(2).toUpperCase();
        Person trainer = person(platform, org, "TRAINER", "Formatrice");
        Person admin = person(platform, org, "ORG_ADMIN", "Gestionnaire");
        Person otherTrainer = person(platform, other, "TRAINER", "Formateur ailleurs");
        Person otherAdmin = person(platform, other, "ORG_ADMIN", "Gestionnaire ailleurs");
        Person registrar = person(platform, other, "REGISTRAR", "Registraire");
        var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + org))
                .header("Authorization", "Bearer " + trainer.token()).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(course(code)))));
        assertEquals(201, imported.status(), imported::toString);
        var signatory = http.put("api/v1/issuers/" + org + "/signatory", admin.token(),
                "{\"signatoryName\":\"Claire Martin\",\"signatoryTitle\":\"Directrice\"}");
        assertEquals(200, signatory.status(), signatory::toString);
        return new World(platform, org, code, trainer, admin, otherTrainer, otherAdmin, registrar);
    }

    static Map<String, String> course(String code) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(code + "/programme.yaml", "code: " + code + "\ntitle: Cursus " + code + "\naudience: MEDIATEUR\nlevel: 5\n"
                + "certification: Titre professionnel REMN\nsheet:\n"
                + "  objectives: [ \"Accueillir les publics\" ]\n  prerequisites: Aucun\n  assessment: Quiz\n  accessibility: Accessible\n"
                + "components:\n  - code: TC\n    kind: TRONC_COMMUN\n    title: Tronc commun\n    modules: [M1]\n");
        files.put(code + "/modules/M1/module.yaml", CatalogueIT.MODULE);
        files.put(code + "/modules/M1/lecon.md", "## Bienvenue\n\nUne leçon.\n");
        files.put(code + "/modules/M1/quiz.yaml", CatalogueIT.QUIZ);
        return files;
    }

    private static byte[] zip(Map<String, String> files) {
        try {
            return CatalogueIT.zip(files);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Person person(String platform, String org, String role, String name) {
        var account = http.newSignedIn(platform, org, role, name);
        return new Person(account.id(), account.token());
    }

    /** A learner of the organisation, enrolled in the programme: returns the learner and the enrolment. */
    private Map.Entry<Person, String> learner(String name) {
        Person l = person(world.platform(), world.org(), "LEARNER", name);
        var enrolled = http.post("api/v1/enrolments", l.token(), "{\"programme\":" + q(world.code()) + "}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        return Map.entry(l, enrolled.json().getString("id"));
    }

    private void lesson(Person l, String enrolment) {
        String lesson = activities(l, enrolment).getJsonObject(0).getString("id");
        assertEquals(200, http.post("api/v1/enrolments/" + enrolment + "/activities/" + lesson + "/done", l.token(), "").status());
    }

    private void complete(Person l, String enrolment) {
        lesson(l, enrolment);
        String quiz = activities(l, enrolment).getJsonObject(1).getString("id");
        var passed = http.post("api/v1/enrolments/" + enrolment + "/quizzes/" + quiz + "/attempts", l.token(), "[{\"trueFalse\":true}]");
        assertEquals(201, passed.status(), passed::toString);
    }

    private jakarta.json.JsonArray activities(Person l, String enrolment) {
        return http.get("api/v1/enrolments/" + enrolment, l.token()).json().getJsonArray("modules").getJsonObject(0).getJsonArray("activities");
    }

    private JsonObject mine(Person l) {
        var r = http.get("api/v1/certificates?mine=true", l.token());
        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.array().size(), r::toString);
        return r.array().getJsonObject(0);
    }

    private byte[] bytes(String path, String token) {
        var r = http.send(HttpRequest.newBuilder(path.startsWith("http") ? java.net.URI.create(path) : http.uri(path))
                .header("Authorization", "Bearer " + token).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> path + " " + r.statusCode());
        return r.body();
    }

    private String text(String path) {
        var r = http.send(HttpRequest.newBuilder(http.uri(path)).GET());
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    @Test
    void aCompletedProgrammeEarnsASealedPdfAndACredentialThatIndependentToolsVerify() throws Exception {
        var l = learner("Élodie Lefèvre-Ça");
        complete(l.getKey(), l.getValue());
        JsonObject c = mine(l.getKey());
        assertEquals("CERTIFICAT", c.getString("kind"));
        assertEquals("VALID", c.getString("status"));
        assertEquals(40, c.getInt("minutes"));
        assertTrue(c.getString("code").matches("CRT-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}"), c::toString);
        String code = c.getString("code");

        byte[] pdf = bytes("api/v1/certificates/" + code + "/pdf", l.getKey().token());
        List<X509Certificate> chain = pem(text("api/v1/issuers/" + world.org() + "/seal.pem"));
        assertEquals(2, chain.size());
        X509Certificate ca = chain.get(chain.size() - 1);
        assertTrue(PdfSeal.check(pdf, List.of(ca)).valid(), () -> PdfSeal.check(pdf, List.of(ca)).toString());
        assertTrue(bouncyCastleVerifies(pdf, chain.get(0)));
        try (var doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            assertEquals(pdf.length, signature.getByteRange()[2] + signature.getByteRange()[3], "the seal covers the whole file");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Élodie Lefèvre-Ça") && text.contains(code), text);
        }
        byte[] tampered = pdf.clone();
        int at;
        try (var doc = Loader.loadPDF(pdf)) {
            at = doc.getLastSignatureDictionary().getByteRange()[1] / 2;
        }
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        assertFalse(PdfSeal.check(tampered, List.of(ca)).valid());
        assertFalse(bouncyCastleVerifies(tampered, chain.get(0)));

        String jwt = new String(bytes("api/v1/certificates/" + code + "/credential", l.getKey().token()), java.nio.charset.StandardCharsets.US_ASCII);
        JWSObject jws = JWSObject.parse(jwt);
        JWKSet jwks = JWKSet.parse(text(".well-known/jwks.json"));
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jws.getHeader().getKeyID());
        assertTrue(jws.verify(new RSASSAVerifier(key)), "the VC-JWT verifies with the published key");
        JsonNode credential = new ObjectMapper().readTree(jws.getPayload().toString());
        assertTrue(fr.socle.certification.control.Ob3Schema.errors(credential).isEmpty(), () -> fr.socle.certification.control.Ob3Schema.errors(credential).toString());
        assertTrue(credential.path("type").toString().contains("OpenBadgeCredential"));
        assertEquals(credential.path("issuer").path("id").asText(), credential.path("iss").asText());
        assertEquals("urn:uuid:" + l.getKey().id(), credential.path("sub").asText());
        String issuerId = credential.path("issuer").path("id").asText();
        var issuer = http.get(issuerId.substring(issuerId.indexOf("/api/v1/") + 1), null);
        assertEquals(200, issuer.status(), issuer::toString);

        var verified = http.get("api/v1/verifications/" + code.toLowerCase().replace("-", "%20"), null);
        assertEquals(200, verified.status(), verified::toString);
        assertEquals("VALID", verified.json().getString("status"));
        assertEquals("Élodie Lefèvre-Ça", verified.json().getString("holderName"));
        assertEquals(40, verified.json().getInt("minutes"));
        assertEquals(5, verified.json().getInt("level"));
        assertFalse(verified.body().contains("@"), "no e-mail address in the public answer");
    }

    @Test
    void revocationFlipsTheStatusListBitAndShowsInTheVerification() throws Exception {
        var l = learner("Rémi Révoqué");
        complete(l.getKey(), l.getValue());
        String code = mine(l.getKey()).getString("code");
        String jwt = new String(bytes("api/v1/certificates/" + code + "/credential", world.trainer().token()), java.nio.charset.StandardCharsets.US_ASCII);
        JsonNode status = new ObjectMapper().readTree(JWSObject.parse(jwt).getPayload().toString()).path("credentialStatus");
        int index = Integer.parseInt(status.path("statusListIndex").asText());
        String listUrl = status.path("statusListCredential").asText();
        assertFalse(bit(listUrl, index));

        assertEquals(403, http.post("api/v1/certificates/" + code + "/revocation", world.trainer().token(), "{\"reason\":\"Erreur\"}").status());
        assertEquals(404, http.post("api/v1/certificates/" + code + "/revocation", world.otherAdmin().token(), "{\"reason\":\"Erreur\"}").status());
        var noReason = http.post("api/v1/certificates/" + code + "/revocation", world.admin().token(), "{}");
        assertEquals(400, noReason.status(), noReason::toString);
        var revoked = http.post("api/v1/certificates/" + code + "/revocation", world.admin().token(), "{\"reason\":\"Fraude constatée\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.json().getString("status"));
        assertEquals(409, http.post("api/v1/certificates/" + code + "/revocation", world.admin().token(), "{\"reason\":\"Encore\"}").status());
        assertEquals(409, http.post("api/v1/certificates/" + code + "/reissue", world.admin().token(), "{\"reason\":\"Correction\"}").status());
        // a new decision after the revocation makes a new document with a new code; the revoked one stays revoked
        var again = http.post("api/v1/certificates", world.trainer().token(), "{\"kind\":\"CERTIFICAT\",\"enrolmentId\":" + q(l.getValue()) + "}");
        assertEquals(201, again.status(), again::toString);
        assertNotEquals(code, again.json().getString("code"));
        assertEquals(2, again.json().getInt("generation"));

        var verified = http.get("api/v1/verifications/" + code, null).json();
        assertEquals("REVOKED", verified.getString("status"));
        assertEquals("Fraude constatée", verified.getString("revocationReason"));
        assertTrue(bit(listUrl, index), "the revoked credential's bit is set");
        var log = http.get("api/v1/certificates/" + code + "/history", world.admin().token());
        assertEquals(List.of("ISSUED", "REVOKED"), log.array().stream().map(v -> v.asJsonObject().getString("action")).toList());
    }

    @Test
    void aReissueSupersedesAndKeepsTheLineageOfCodesAndTakesTheVouchedName() throws Exception {
        var l = learner("Nom Avant");
        lesson(l.getKey(), l.getValue());
        var issued = http.post("api/v1/certificates", world.trainer().token(),
                "{\"kind\":\"ATTESTATION_FIN_FORMATION\",\"enrolmentId\":" + q(l.getValue()) + "}");
        assertEquals(201, issued.status(), issued::toString);
        String first = issued.json().getString("code");
        assertTrue(first.startsWith("AFF-"));
        assertEquals("Nom Avant", issued.json().getString("holderName"));

        // the learner cannot put another name on its documents by itself, nor have one typed at reissue
        String email = http.get("api/v1/accounts/me", l.getKey().token()).json().getString("email");
        assertEquals(403, http.put("api/v1/accounts/" + l.getKey().id(), l.getKey().token(),
                "{\"email\":" + q(email) + ",\"displayName\":\"Nom Choisi\"}").status());
        var typed = http.post("api/v1/certificates/" + first + "/reissue", world.admin().token(),
                "{\"reason\":\"Changement de nom\",\"holderName\":\"Nom Après\"}");
        assertEquals(400, typed.status(), typed::toString);
        assertEquals("VALID", http.get("api/v1/verifications/" + first, null).json().getString("status"), "nothing reissued");

        // it asks; an administrator of another organisation cannot accept; its own organisation's does
        var asked = http.post("api/v1/accounts/me/name-requests", l.getKey().token(), "{\"requestedName\":\"Nom Après\",\"reason\":\"Mariage\"}");
        assertEquals(201, asked.status(), asked::toString);
        String request = asked.json().getString("id");
        assertEquals(404, http.post("api/v1/name-requests/" + request + "/acceptance", world.otherAdmin().token(), "").status());
        assertEquals(403, http.post("api/v1/name-requests/" + request + "/acceptance", l.getKey().token(), "").status());
        assertEquals(200, http.post("api/v1/name-requests/" + request + "/acceptance", world.admin().token(), "").status());

        // the next document carries the new name; the one issued before keeps its own, in its PDF and its verification
        var next = http.post("api/v1/certificates", world.trainer().token(),
                "{\"kind\":\"CERTIFICAT_REALISATION\",\"enrolmentId\":" + q(l.getValue()) + "}");
        assertEquals(201, next.status(), next::toString);
        assertEquals("Nom Après", next.json().getString("holderName"));
        assertEquals("Nom Après", http.get("api/v1/verifications/" + next.json().getString("code"), null).json().getString("holderName"));
        assertEquals("Nom Avant", http.get("api/v1/verifications/" + first, null).json().getString("holderName"));
        try (var doc = Loader.loadPDF(bytes("api/v1/certificates/" + first + "/pdf", l.getKey().token()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Nom Avant") && !text.contains("Nom Après"), text);
        }

        // a reissue takes the vouched name
        var reissued = http.post("api/v1/certificates/" + first + "/reissue", world.admin().token(),
                "{\"reason\":\"Changement de nom\",\"holderName\":\"Nom Après\"}");
        assertEquals(201, reissued.status(), reissued::toString);
        String second = reissued.json().getString("code");
        assertNotEquals(first, second);
        assertEquals("Nom Après", reissued.json().getString("holderName"));
        var old = http.get("api/v1/verifications/" + first, null).json();
        assertEquals("SUPERSEDED", old.getString("status"));
        assertEquals("Nom Avant", old.getString("holderName"));
        assertEquals(second, old.getString("supersededBy"));
        assertEquals(first, http.get("api/v1/verifications/" + second, null).json().getString("supersedes"));
        assertEquals(409, http.post("api/v1/certificates/" + first + "/reissue", world.admin().token(), "{\"reason\":\"Encore\"}").status());
    }

    @Test
    void issuingIsIdempotentEvenWhenRequestsRace() throws Exception {
        var l = learner("Double Clic");
        lesson(l.getKey(), l.getValue());
        String body = "{\"kind\":\"CERTIFICAT_REALISATION\",\"enrolmentId\":" + q(l.getValue()) + "}";
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit((Callable<Http.Response>) () -> http.post("api/v1/certificates", world.trainer().token(), body)));
            }
            Set<String> codes = new HashSet<>();
            int created = 0;
            for (var f : answers) {
                var r = f.get();
                assertTrue(r.status() == 200 || r.status() == 201, r::toString);
                created += r.status() == 201 ? 1 : 0;
                codes.add(r.json().getString("code"));
            }
            assertEquals(1, codes.size(), codes::toString);
            assertEquals(1, created);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, http.get("api/v1/certificates?mine=true", l.getKey().token()).array().size());
    }

    @Test
    void documentsTheLawRequiresAreRefusedWhenNotEarnedOrIncomplete() {
        var l = learner("Pas Encore");
        var notComplete = http.post("api/v1/certificates", world.trainer().token(),
                "{\"kind\":\"CERTIFICAT\",\"enrolmentId\":" + q(l.getValue()) + "}");
        assertEquals(409, notComplete.status(), notComplete::toString);
        assertFalse(Http.hasStackTrace(notComplete.body()));
        var notElu = http.post("api/v1/certificates", world.trainer().token(),
                "{\"kind\":\"ATTESTATION_ASSIDUITE\",\"enrolmentId\":" + q(l.getValue()) + "}");
        assertEquals(409, notElu.status(), notElu::toString);
        var badKind = http.post("api/v1/certificates", world.trainer().token(), "{\"kind\":\"DIPLOME\",\"enrolmentId\":" + q(l.getValue()) + "}");
        assertEquals(400, badKind.status(), badKind::toString);

        // an organisation without a signatory cannot issue a certificat de réalisation: the missing field is named
        String bare = http.newOrganisation(world.platform(), "Organisme sans signataire", "ORGANISME_DE_FORMATION");
        Person trainer = person(world.platform(), bare, "TRAINER", "Formateur");
        Person learner = person(world.platform(), bare, "LEARNER", "Apprenant");
        var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + bare))
                .header("Authorization", "Bearer " + trainer.token()).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(course(world.code() + "B")))));
        assertEquals(201, imported.status(), imported::toString);
        String enrolment = http.post("api/v1/enrolments", learner.token(), "{\"programme\":" + q(world.code() + "B") + "}").json().getString("id");
        lesson(learner, enrolment);
        var missing = http.post("api/v1/certificates", trainer.token(), "{\"kind\":\"CERTIFICAT_REALISATION\",\"enrolmentId\":" + q(enrolment) + "}");
        assertEquals(409, missing.status(), missing::toString);
        assertTrue(missing.body().contains("signatory"), missing::toString);
        assertEquals(0, http.get("api/v1/certificates?mine=true", learner.token()).array().size(), "nothing half-issued");
    }

    @Test
    void eachOrganisationSeesItsOwnAndRegistrarsReadOnly() {
        var l = learner("Tenant Scopé");
        complete(l.getKey(), l.getValue());
        String code = mine(l.getKey()).getString("code");
        assertEquals(404, http.get("api/v1/certificates/" + code, world.otherTrainer().token()).status());
        assertEquals(404, http.get("api/v1/certificates/" + code + "/pdf", world.otherTrainer().token()).status());
        assertEquals(404, http.post("api/v1/certificates", world.otherTrainer().token(),
                "{\"kind\":\"ATTESTATION_FIN_FORMATION\",\"enrolmentId\":" + q(l.getValue()) + "}").status());
        assertFalse(http.get("api/v1/certificates", world.otherTrainer().token()).body().contains(code));
        assertTrue(http.get("api/v1/certificates?q=" + code, world.trainer().token()).body().contains(code));
        var classmate = learner("Camarade");
        assertFalse(http.get("api/v1/certificates?q=" + code, classmate.getKey().token()).body().contains(code),
                "a learner does not list the documents of the other learners of the organisation");
        assertFalse(http.get("api/v1/certificates?q=" + code, world.registrar().token()).body().contains(code),
                "registrars read the register, where each consultation is logged, not the staff list");
        assertTrue(http.get("api/v1/register?q=" + code, world.registrar().token()).body().contains(code), "registrars read every organisation");
        assertEquals(404, http.get("api/v1/issuers/" + http.newOrganisation(world.platform(), "N’émet rien", "ORGANISME_DE_FORMATION")
                + "/seal.pem", null).status(), "no seal is made for an organisation that issues nothing");
        assertEquals(404, http.post("api/v1/certificates/" + code + "/revocation", world.registrar().token(), "{\"reason\":\"x\"}").status());
        assertEquals(404, http.post("api/v1/certificates", world.registrar().token(),
                "{\"kind\":\"ATTESTATION_FIN_FORMATION\",\"enrolmentId\":" + q(l.getValue()) + "}").status());
        assertEquals(404, http.get("api/v1/verifications/CRT-ZZZZZZZZ", null).status());
        assertEquals(404, http.get("api/v1/verifications/nonsense", null).status());
    }

    @Test
    void aBulkRunIssuesOnceToEveryLearnerOfTheSessionAndARerunAddsNothing() throws Exception {
        String session = http.post("api/v1/sessions", world.trainer().token(), "{\"organisationId\":" + q(world.org()) + ",\"programme\":"
                + q(world.code()) + ",\"title\":\"Session attestations\",\"capacity\":10,\"halfDays\":[{\"date\":\"2026-12-01\","
                + "\"period\":\"MATIN\",\"startMinute\":540,\"endMinute\":720,\"module\":\"M1\"}]}").json().getString("id");
        List<Map.Entry<Person, String>> learners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var l = learner("Stagiaire " + i);
            if (i < 3) {
                lesson(l.getKey(), l.getValue());
            }
            assertEquals(200, http.post("api/v1/sessions/" + session + "/learners", world.trainer().token(),
                    "{\"enrolmentId\":" + q(l.getValue()) + "}").status());
            learners.add(l);
        }
        for (int run = 0; run < 2; run++) {
            var started = http.post("api/v1/certification-jobs", world.trainer().token(),
                    "{\"sessionId\":" + q(session) + ",\"kind\":\"CERTIFICAT_REALISATION\"}");
            assertEquals(202, started.status(), started::toString);
            JsonObject job = started.json();
            for (int i = 0; i < 120 && !List.of("DONE", "FAILED").contains(job.getString("status")); i++) {
                Thread.sleep(500);
                var progress = http.get("api/v1/certification-jobs/" + started.json().getString("id"), world.trainer().token());
                assertEquals(200, progress.status(), progress::toString);
                job = progress.json();
            }
            assertEquals("DONE", job.getString("status"), job::toString);
            assertEquals(3, job.getInt("done"), job::toString);
            assertEquals(1, job.getInt("skipped"), "the learner who has not started gets nothing");
            assertEquals(100, job.getInt("percent"));
        }
        for (int i = 0; i < 4; i++) {
            var docs = http.get("api/v1/certificates?mine=true", learners.get(i).getKey().token()).array();
            assertEquals(i < 3 ? 1 : 0, docs.size(), docs::toString);
        }
        assertEquals(404, http.get("api/v1/certification-jobs/nope", world.trainer().token()).status());
    }

    @Test
    void anExpiryDateIsStatedInTheVerificationAndTheCredential() throws Exception {
        var l = learner("Date Limite");
        lesson(l.getKey(), l.getValue());
        String body = "{\"kind\":\"ATTESTATION_FIN_FORMATION\",\"enrolmentId\":" + q(l.getValue()) + ",\"expiresOn\":\"%s\"}";
        assertEquals(400, http.post("api/v1/certificates", world.trainer().token(), String.format(body, "2020-01-01")).status());
        String until = java.time.LocalDate.now().plusYears(2).toString();
        var issued = http.post("api/v1/certificates", world.trainer().token(), String.format(body, until));
        assertEquals(201, issued.status(), issued::toString);
        String code = issued.json().getString("code");
        assertEquals(until, http.get("api/v1/verifications/" + code, null).json().getString("expiresOn"));
        String jwt = new String(bytes("api/v1/certificates/" + code + "/credential", l.getKey().token()), java.nio.charset.StandardCharsets.US_ASCII);
        JsonNode claims = new ObjectMapper().readTree(JWSObject.parse(jwt).getPayload().toString());
        assertTrue(claims.path("validUntil").asText().startsWith(until), claims::toString);
        assertTrue(claims.path("exp").asLong() > claims.path("nbf").asLong());
    }

    @Test
    void registrarsVerifyInBulkAndReadTheRegisterAndEachConsultationIsLogged() {
        var l = learner("Registre Consulté");
        complete(l.getKey(), l.getValue());
        String code = mine(l.getKey()).getString("code");
        var bulk = http.send(HttpRequest.newBuilder(http.uri("api/v1/verifications")).header("Authorization", "Bearer " + world.registrar().token())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("code\n" + code.toLowerCase() + "\nCRT-ZZZZZZZZ\n")));
        assertEquals(200, bulk.status(), bulk::toString);
        String[] lines = bulk.body().replace("\uFEFF", "").strip().split("\r\n");
        assertEquals(3, lines.length, bulk::toString);
        assertTrue(lines[1].startsWith(code + ",VALID,CERTIFICAT,Registre Consulté"), lines[1]);
        assertTrue(lines[2].startsWith("CRT-ZZZZZZZZ,UNKNOWN"), lines[2]);
        assertEquals(403, http.send(HttpRequest.newBuilder(http.uri("api/v1/verifications")).header("Authorization", "Bearer " + world.trainer().token())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(code))).status(), "trainers do not verify in bulk");

        var register = http.get("api/v1/register?q=" + code, world.registrar().token());
        assertEquals(200, register.status(), register::toString);
        assertTrue(register.array().getJsonObject(0).getString("organisation").startsWith("Organisme Certifiant"), register::toString);
        var csv = http.get("api/v1/register.csv?q=" + code, world.registrar().token());
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains(code), csv::toString);
        assertEquals(403, http.get("api/v1/register", world.admin().token()).status());

        var log = http.get("api/v1/register/consultations", world.platform());
        assertEquals(200, log.status(), log::toString);
        var actions = log.array().stream().map(v -> v.asJsonObject()).filter(c -> c.getString("accountId").equals(world.registrar().id()))
                .map(c -> c.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("BULK_VERIFY", "SEARCH", "EXPORT")), actions::toString);
        assertEquals(403, http.get("api/v1/register/consultations", world.registrar().token()).status());
    }

    @Test
    void theLogChainHolds() {
        var l = learner("Journal");
        complete(l.getKey(), l.getValue());
        var check = http.get("api/v1/certification-log/check", world.platform());
        assertEquals(200, check.status(), check::toString);
        assertTrue(check.json().getBoolean("intact"), check::toString);
        assertTrue(check.json().getJsonNumber("entries").longValue() >= 1);
        assertFalse(check.json().containsKey("firstBroken") && !check.json().isNull("firstBroken"), check::toString);
        assertEquals(403, http.get("api/v1/certification-log/check", world.trainer().token()).status());
    }

    // -- independent checks ------------------------------------------------------------------

    private boolean bit(String listUrl, int index) throws Exception {
        String path = listUrl.substring(listUrl.indexOf("/api/v1/") + 1);
        String jwt = http.get(path, null).body();
        JWSObject jws = JWSObject.parse(jwt);
        RSAKey key = (RSAKey) JWKSet.parse(text(".well-known/jwks.json")).getKeyByKeyId(jws.getHeader().getKeyID());
        assertTrue(jws.verify(new RSASSAVerifier(key)), "the status list is signed by the issuer");
        JsonNode list = new ObjectMapper().readTree(jws.getPayload().toString());
        assertEquals("BitstringStatusList", list.path("credentialSubject").path("type").asText());
        return StatusLists.decode(list.path("credentialSubject").path("encodedList").asText()).get(index);
    }

    static List<X509Certificate> pem(String pem) throws Exception {
        var factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certs = new ArrayList<>();
        for (var c : factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))) {
            certs.add((X509Certificate) c);
        }
        return certs;
    }

    /** Plain BouncyCastle over the signed byte ranges, without Socle's own checker. */
    static boolean bouncyCastleVerifies(byte[] pdf, X509Certificate signer) {
        try (var doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            byte[] signed = signature.getSignedContent(pdf);
            // /Contents is the DER CMS followed by zero padding: read one ASN.1 object
            org.bouncycastle.asn1.cms.ContentInfo content;
            try (var in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents(pdf))) {
                content = org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), content);
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            assertNull(info.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime), "no CMS signing-time in PAdES");
            assertTrue(info.getSignedAttributes().get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null);
            assertEquals(new X509CertificateHolder(signer.getEncoded()).getSubject(),
                    ((X509CertificateHolder) cms.getCertificates().getMatches(info.getSID()).iterator().next()).getSubject());
            return info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
        } catch (org.bouncycastle.cms.CMSException e) {
            return false;
        } catch (Exception e) {
            throw new AssertionError("BouncyCastle could not check the seal", e);
        }
    }
}

package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.DisallowSchemaLoader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import fr.socle.certification.control.Credentials.InvalidCredentialException;
import fr.socle.certification.boundary.DocumentKind;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final String BASE = "https://socle.example";
    private static final String ISSUER = "5b0e2c8a-3f7d-4e21-9a55-0c6f1d2e3b4a";
    private static final String LIST = "9d1f7a3e-2b4c-4d5e-8f60-718293a4b5c6";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keys are costly to make; these are read-only once made. */
    private static Seal seal;
    private static Seal otherSeal;
    private static JsonSchema schema;

    @BeforeAll
    static void keysAndSchema() throws Exception {
        seal = seal("Syndicat mixte Numérique 47");
        otherSeal = seal("Un autre organisme");
        schema = Ob3Schema.schema();
    }

    // ------------------------------------------------------------------------------------------ building

    @Test
    void aCertificateIsAnOpenBadgeCredentialTheOfficialSchemaAccepts() {
        ObjectNode vc = Credentials.credential(certificate(), BASE, LIST, 40_321);

        assertValid(vc);
        assertEquals(List.of(Credentials.VC_CONTEXT, Credentials.OB_CONTEXT, Credentials.OB_EXTENSIONS_CONTEXT),
                strings(vc.get("@context")));
        assertEquals("https://socle.example/api/v1/certificates/CRT-7KX3M9QA/credential", vc.get("id").asText());
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), strings(vc.get("type")));
        assertEquals("Certificat — Cursus Médiation numérique", vc.get("name").asText());
        JsonNode issuer = vc.get("issuer");
        assertEquals(BASE + "/api/v1/issuers/" + ISSUER, issuer.get("id").asText());
        assertEquals(List.of("Profile"), strings(issuer.get("type")));
        assertEquals("Syndicat mixte Numérique 47", issuer.get("name").asText());
        assertEquals("25470123400018", issuer.at("/otherIdentifier/0/identifier").asText());
        assertEquals("2026-11-21T14:03:07Z", vc.get("validFrom").asText(), "to the second, in UTC");
        assertEquals("2029-11-21T22:59:59Z", vc.get("validUntil").asText(), "the last second of the day in Paris");
        assertEquals(List.of(Credentials.OB_SCHEMA), List.of(vc.at("/credentialSchema/0/id").asText()));
        assertEquals("1EdTechJsonSchemaValidator2019", vc.at("/credentialSchema/0/type").asText());
    }

    @Test
    void theSubjectIsTheHolderAndTheAchievementStatesWhatTheDocumentStates() {
        JsonNode subject = Credentials.credential(certificate(), BASE, LIST, 7).get("credentialSubject");

        assertEquals("urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e", subject.get("id").asText());
        assertEquals(List.of("AchievementSubject"), strings(subject.get("type")));
        assertEquals("Élodie Lefèvre-Nguyễn", subject.at("/identifier/0/identityHash").asText());
        assertEquals("name", subject.at("/identifier/0/identityType").asText());
        assertEquals("2026-01-05T00:00:00+01:00", subject.get("activityStartDate").asText());
        assertEquals("2026-06-26T23:59:59+02:00", subject.get("activityEndDate").asText());
        JsonNode achievement = subject.get("achievement");
        assertEquals(BASE + "/api/v1/programmes/CUR-MEDNUM#certificat", achievement.get("id").asText());
        assertEquals(List.of("Achievement"), strings(achievement.get("type")));
        assertEquals("Certificate", achievement.get("achievementType").asText());
        assertEquals("Cursus Médiation numérique", achievement.get("name").asText());
        assertEquals("CUR-MEDNUM", achievement.get("humanCode").asText());
        assertEquals("Médiation numérique et entreprise, Insertion", achievement.get("specialization").asText());
        String narrative = achievement.at("/criteria/narrative").asText();
        assertTrue(narrative.contains("- CCP1 — Accompagner différents publics vers l’autonomie"), narrative);
        assertTrue(narrative.contains("Spécialisations validées :\n- Médiation numérique et entreprise\n- Insertion"),
                narrative);
        assertTrue(narrative.contains("Durée de formation réalisée : 343 h 30."), narrative);
        assertTrue(narrative.startsWith("Action de formation. Modalité : Mixte (présentiel et distanciel). "
                + "Du 5 janvier 2026 au 26 juin 2026."), narrative);
        assertTrue(narrative.contains("Niveau de la certification visée : 5."), narrative);
        assertTrue(achievement.get("description").asText().contains("Objectifs : Accueillir les publics"));
        assertEquals("PT343H30M", subject.at("/result/0/value").asText(), "the hours, exactly");
        assertEquals(achievement.at("/resultDescription/0/id").asText(),
                subject.at("/result/0/resultDescription").asText());
        assertEquals("Épreuve de mise en situation : réussie", subject.at("/result/1/value").asText());
        assertEquals(achievement.at("/resultDescription/1/id").asText(),
                subject.at("/result/1/resultDescription").asText());
    }

    @Test
    void theVerificationCodeAndPageAreInTheCredential() {
        ObjectNode vc = Credentials.credential(certificate(), BASE, LIST, 7);

        assertTrue(vc.get("id").asText().contains("/CRT-7KX3M9QA/"));
        assertTrue(vc.get("description").asText().contains("code de vérification CRT-7KX3M9QA"));
        assertEquals("https://socle.example/verifier?code=CRT-7KX3M9QA", vc.at("/evidence/0/id").asText());
        assertTrue(vc.at("/evidence/0/name").asText().endsWith("CRT-7KX3M9QA"));
    }

    @Test
    void theStatusEntryPointsToItsBitInTheIssuersList() {
        JsonNode status = Credentials.credential(certificate(), BASE, LIST, 40_321).get("credentialStatus");

        String listUrl = BASE + "/api/v1/status-lists/" + LIST;
        assertEquals(listUrl + "#40321", status.get("id").asText());
        assertEquals("BitstringStatusListEntry", status.get("type").asText());
        assertEquals("revocation", status.get("statusPurpose").asText());
        assertTrue(status.get("statusListIndex").isTextual(), "a string, as the specification says");
        assertEquals("40321", status.get("statusListIndex").asText());
        assertEquals(listUrl, status.get("statusListCredential").asText());
    }

    @Test
    void anAttestationWithoutExpiryIsACertificateOfCompletionWithoutValidUntil() {
        ObjectNode vc = Credentials.credential(attestation(), BASE + "/", LIST, 0);

        assertValid(vc);
        assertFalse(vc.has("validUntil"));
        assertEquals("Attestation d’assiduité — Stratégie d’inclusion numérique de la collectivité",
                vc.get("name").asText());
        assertEquals("CertificateOfCompletion", vc.at("/credentialSubject/achievement/achievementType").asText());
        assertEquals(BASE + "/api/v1/certificates/ASD-M9QA7KX3/credential", vc.get("id").asText(),
                "no double slash");
        assertEquals("ext:AgrementFormationElus", vc.at("/issuer/otherIdentifier/0/identifierType").asText());
        assertFalse(vc.at("/credentialSubject/achievement").has("specialization"));
        assertEquals("PT7H", vc.at("/credentialSubject/result/0/value").asText());
        assertTrue(vc.get("description").asText().contains("Remplace le document ASD-ABCDEFGH."));
        assertTrue(vc.at("/credentialSubject/achievement/criteria/narrative").asText()
                .startsWith("Action de formation. Modalité : Présentiel. Le 14 mars 2026.\n\nDurée de formation réalisée : 7 h."));
        assertFalse(vc.has("evidence"), "no verification page given, no evidence");
    }

    @Test
    void daysArePrintedTheFrenchWay() {
        assertEquals("1er mars 2026", Credentials.day(LocalDate.of(2026, 3, 1)));
        assertEquals("14 juillet 2026", Credentials.day(LocalDate.of(2026, 7, 14)));
    }

    @Test
    void validUntilIsTheLastSecondOfTheDayInParisSummerOrWinter() {
        assertEquals(Instant.parse("2029-06-30T21:59:59Z"), Credentials.endOfDay(LocalDate.of(2029, 6, 30)));
        assertEquals(Instant.parse("2029-12-31T22:59:59Z"), Credentials.endOfDay(LocalDate.of(2029, 12, 31)));
    }

    @Test
    void theSchemaCheckCanFail() {
        ObjectNode vc = Credentials.credential(certificate(), BASE, LIST, 7);
        ((ObjectNode) vc.at("/credentialSubject/achievement")).remove("criteria");
        assertFalse(schema.validate(vc).isEmpty(), "an achievement needs criteria");

        ObjectNode late = Credentials.credential(certificate(), BASE, LIST, 7);
        late.put("validFrom", "21/11/2026");
        assertFalse(schema.validate(late).isEmpty(), "validFrom is a date-time");

        ObjectNode wrongType = Credentials.credential(certificate(), BASE, LIST, 7);
        ((ObjectNode) wrongType.at("/credentialSubject/achievement")).put("achievementType", "Attestation");
        assertFalse(schema.validate(wrongType).isEmpty(), "achievementType is from the enumeration");
    }

    @Test
    void everyKindOfDocumentValidates() {
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentFacts c = certificate();
            DocumentFacts facts = new DocumentFacts(kind, kind.prefix() + "-7KX3M9QA", c.verifyUrl(), c.holderName(),
                    c.holderId(), c.employer(), c.programmeCode(), c.title(), c.specialisations(), c.competences(),
                    c.objectives(), c.nature(), c.modality(), c.minutes(), c.level(), c.startDate(), c.endDate(),
                    c.results(), c.issuedAt(), c.expiresOn(), c.issuerId(), c.issuerName(), c.issuerSiret(),
                    c.agrement(), c.signatoryName(), c.signatoryTitle(), c.supersedes());
            assertValid(Credentials.credential(facts, BASE, LIST, 1));
        }
    }

    // ------------------------------------------------------------------------------------------- signing

    @Test
    void theVcJwtHeaderHoldsOnlyAlgKidAndTyp() throws Exception {
        String jwt = Credentials.sign(Credentials.credential(certificate(), BASE, LIST, 7), seal);

        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "compact JWS");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertEquals(Set.of("alg", "kid", "typ"), fields(header));
        assertEquals("RS256", header.get("alg").asText());
        assertEquals("JWT", header.get("typ").asText());
        assertEquals(Credentials.kid(seal), header.get("kid").asText());
        assertEquals(thumbprint(seal), header.get("kid").asText(), "RFC 7638 thumbprint");
    }

    @Test
    void theClaimsAreTheCredentialPlusTheRegisteredClaimsDrawnFromIt() throws Exception {
        ObjectNode vc = Credentials.credential(certificate(), BASE, LIST, 7);
        String jwt = Credentials.sign(vc, seal);

        ObjectNode claims = (ObjectNode) JSON.readTree(
                new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
        assertEquals(vc.at("/issuer/id").asText(), claims.get("iss").asText());
        assertEquals(vc.get("id").asText(), claims.get("jti").asText());
        assertEquals("urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e", claims.get("sub").asText());
        assertEquals(Instant.parse(vc.get("validFrom").asText()).getEpochSecond(), claims.get("nbf").asLong());
        assertEquals(Instant.parse("2026-11-21T14:03:07Z").getEpochSecond(), claims.get("nbf").asLong());
        assertEquals(Instant.parse("2029-11-21T22:59:59Z").getEpochSecond(), claims.get("exp").asLong());
        assertTrue(claims.get("nbf").isIntegralNumber() && claims.get("exp").isIntegralNumber(), "NumericDate");
        claims.remove(List.of("iss", "jti", "sub", "nbf", "exp"));
        assertEquals(vc, claims, "the rest is the credential itself");
        assertFalse(vc.has("iss"), "signing leaves the credential as it was");
    }

    @Test
    void aCredentialWithoutExpiryHasNoExp() throws Exception {
        String jwt = Credentials.sign(Credentials.credential(attestation(), BASE, LIST, 0), seal);

        JsonNode claims = Credentials.verify(jwt, Credentials.jwks(List.of(seal)));
        assertFalse(claims.has("exp"));
        assertEquals(Instant.parse("2026-03-14T09:30:00Z").getEpochSecond(), claims.get("nbf").asLong());
    }

    @Test
    void aSignedCredentialVerifiesWithThePublishedJwks() throws Exception {
        ObjectNode vc = Credentials.credential(certificate(), BASE, LIST, 7);
        String jwt = Credentials.sign(vc, seal);
        String published = Credentials.jwks(List.of(otherSeal, seal)).toString();

        JWKSet fetched = JWKSet.parse(published);
        ObjectNode claims = Credentials.verify(jwt, fetched);

        assertEquals(vc.get("credentialSubject"), claims.get("credentialSubject"));
        assertEquals("Élodie Lefèvre-Nguyễn", claims.at("/credentialSubject/identifier/0/identityHash").asText());
        assertValid(withoutRegisteredClaims(claims));
    }

    @Test
    void theJwksPublishesPublicKeysWithStableKidsAndTheirChain() throws Exception {
        JWKSet jwks = Credentials.jwks(List.of(seal, otherSeal, seal));
        JsonNode json = JSON.readTree(jwks.toString());

        assertEquals(2, json.get("keys").size(), "one entry per key");
        for (JsonNode key : json.get("keys")) {
            assertEquals("RSA", key.get("kty").asText());
            assertEquals("sig", key.get("use").asText());
            assertEquals("RS256", key.get("alg").asText());
            assertFalse(key.has("d") || key.has("p") || key.has("q"), "no private part: " + key);
            assertEquals(2, key.get("x5c").size(), "seal certificate and CA");
        }
        RSAKey first = (RSAKey) jwks.getKeys().get(0);
        assertEquals(Credentials.kid(seal), first.getKeyID());
        assertEquals(Credentials.kid(seal), Credentials.jwks(List.of(seal)).getKeys().get(0).getKeyID(), "stable");
        assertNotEquals(Credentials.kid(seal), Credentials.kid(otherSeal));
        assertEquals(KeyUse.SIGNATURE, first.getKeyUse());
        assertEquals(seal.certificate().getPublicKey(), first.toRSAPublicKey());
        assertEquals(seal.certificate(), first.getParsedX509CertChain().get(0));
        assertEquals(seal.chain().get(1), first.getParsedX509CertChain().get(1));
    }

    @Test
    void anotherKeyDoesNotVerify() {
        String jwt = Credentials.sign(Credentials.credential(certificate(), BASE, LIST, 7), seal);

        InvalidCredentialException unknown = assertThrows(InvalidCredentialException.class,
                () -> Credentials.verify(jwt, Credentials.jwks(List.of(otherSeal))));
        assertTrue(unknown.getMessage().contains("no published RSA key"), unknown.getMessage());

        // Another key published under this kid: the signature itself must fail.
        RSAKey impostor = new RSAKey.Builder(Credentials.publicJwk(otherSeal.chain()))
                .keyID(Credentials.kid(seal)).x509CertChain(null).build();
        InvalidCredentialException mismatch = assertThrows(InvalidCredentialException.class,
                () -> Credentials.verify(jwt, new JWKSet(impostor)));
        assertTrue(mismatch.getMessage().contains("signature does not match"), mismatch.getMessage());
    }

    @Test
    void onePayloadCharacterChangedDoesNotVerify() {
        String jwt = Credentials.sign(Credentials.credential(certificate(), BASE, LIST, 7), seal);
        JWKSet jwks = Credentials.jwks(List.of(seal));
        int dot = jwt.indexOf('.');
        int at = dot + (jwt.lastIndexOf('.') - dot) / 2;
        char changed = jwt.charAt(at) == 'A' ? 'B' : 'A';
        String tampered = jwt.substring(0, at) + changed + jwt.substring(at + 1);

        InvalidCredentialException e = assertThrows(InvalidCredentialException.class,
                () -> Credentials.verify(tampered, jwks));
        assertTrue(e.getMessage().contains("signature does not match"), e.getMessage());
    }

    @Test
    void aDoctoredCredentialDoesNotVerify() throws Exception {
        String jwt = Credentials.sign(Credentials.credential(certificate(), BASE, LIST, 7), seal);
        String[] parts = jwt.split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        ((ObjectNode) claims.at("/credentialSubject/result/0")).put("value", "PT700H");
        String doctored = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];

        assertThrows(InvalidCredentialException.class, () -> Credentials.verify(doctored, Credentials.jwks(List.of(seal))));
        assertThrows(InvalidCredentialException.class, () -> Credentials.verify("not.a-jwt", Credentials.jwks(List.of(seal))));
    }

    @Test
    void claimsThatContradictTheCredentialAreRefusedEvenWhenSigned() throws Exception {
        ObjectNode claims = Credentials.verify(Credentials.sign(Credentials.credential(certificate(), BASE, LIST, 7),
                seal), Credentials.jwks(List.of(seal)));
        claims.put("nbf", claims.get("nbf").asLong() - 86_400); // valid a day before validFrom says
        JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(Credentials.kid(seal))
                .type(JOSEObjectType.JWT).build(), new Payload(JSON.writeValueAsString(claims)));
        forged.sign(new RSASSASigner(seal.privateKey()));

        InvalidCredentialException e = assertThrows(InvalidCredentialException.class,
                () -> Credentials.verify(forged.serialize(), Credentials.jwks(List.of(seal))));
        assertTrue(e.getMessage().contains("nbf"), e.getMessage());
    }

    @Test
    void datesThatNbfCouldNotStateExactlyAreRefused() {
        ObjectNode millis = Credentials.credential(certificate(), BASE, LIST, 7);
        millis.put("validFrom", "2026-11-21T14:03:07.123Z");
        assertThrows(IllegalArgumentException.class, () -> Credentials.sign(millis, seal));
    }

    @Test
    void aSealWhoseKeyIsNotItsCertificatesCannotSign() {
        Seal mixed = new Seal(ISSUER, otherSeal.privateKey(), seal.chain());
        assertThrows(IllegalArgumentException.class,
                () -> Credentials.sign(Credentials.credential(certificate(), BASE, LIST, 7), mixed));
    }

    // --------------------------------------------------------------------------------------- status list

    @Test
    void theStatusListCredentialIsSignedByTheSameIssuerAndCarriesTheBits() {
        BitSet revoked = new BitSet();
        revoked.set(7);
        revoked.set(40_321);
        revoked.set(StatusLists.SIZE - 1);
        String listUrl = Credentials.statusListUrl(BASE, LIST);
        Instant now = Instant.parse("2026-11-22T08:15:42.987Z");

        ObjectNode list = Credentials.statusListCredential(listUrl, ISSUER, "Syndicat mixte Numérique 47", BASE,
                StatusLists.encode(revoked, StatusLists.SIZE), now);
        String jwt = Credentials.sign(list, seal);
        ObjectNode claims = Credentials.verify(jwt, Credentials.jwks(List.of(seal)));

        assertEquals(List.of(Credentials.VC_CONTEXT), strings(claims.get("@context")));
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), strings(claims.get("type")));
        assertEquals(listUrl, claims.get("id").asText());
        assertEquals(listUrl, claims.get("jti").asText());
        String documentIssuer = Credentials.credential(certificate(), BASE, LIST, 7).at("/issuer/id").asText();
        assertEquals(documentIssuer, claims.at("/issuer/id").asText(), "the same issuer as the documents");
        assertEquals(documentIssuer, claims.get("iss").asText());
        assertEquals("2026-11-22T08:15:42Z", claims.get("validFrom").asText());
        JsonNode subject = claims.get("credentialSubject");
        assertEquals(listUrl + "#list", subject.get("id").asText());
        assertEquals(listUrl + "#list", claims.get("sub").asText());
        assertEquals("BitstringStatusList", subject.get("type").asText());
        assertEquals("revocation", subject.get("statusPurpose").asText());
        assertEquals(revoked, StatusLists.decode(subject.get("encodedList").asText()));
        JsonNode entry = Credentials.credential(certificate(), BASE, LIST, 40_321).get("credentialStatus");
        assertEquals(claims.get("id").asText(), entry.get("statusListCredential").asText());
        assertTrue(StatusLists.decode(subject.get("encodedList").asText())
                .get(Integer.parseInt(entry.get("statusListIndex").asText())), "the document reads as revoked");
    }

    @Test
    void aStatusListCredentialRefusesAListUnder16KiB() {
        String tooSmall = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {1, 2, 3});
        assertThrows(IllegalArgumentException.class, () -> Credentials.statusListCredential(
                Credentials.statusListUrl(BASE, LIST), ISSUER, "Syndicat", BASE, tooSmall, Instant.now()));
    }

    // ------------------------------------------------------------------------------------------ fixtures

    private static DocumentFacts certificate() {
        return new DocumentFacts(
                DocumentKind.CERTIFICAT,
                "CRT-7KX3M9QA",
                "https://socle.example/verifier?code=CRT-7KX3M9QA",
                "Élodie Lefèvre-Nguyễn",
                "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e",
                "Commune de Villeneuve-sur-Lot",
                "CUR-MEDNUM",
                "Cursus Médiation numérique",
                List.of("Médiation numérique et entreprise", "Insertion"),
                List.of("CCP1 — Accompagner différents publics vers l’autonomie dans les usages des technologies, "
                                + "services et médias numériques",
                        "CCP2 — Contribuer au développement d’un espace de médiation numérique et de ses projets"),
                List.of("Accueillir les publics", "Animer des ateliers individuels et collectifs"),
                "Action de formation",
                "Mixte (présentiel et distanciel)",
                343 * 60 + 30,
                5,
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 6, 26),
                List.of("Épreuve de mise en situation : réussie", "Entretien final : favorable"),
                Instant.parse("2026-11-21T14:03:07.654321Z"),
                LocalDate.of(2029, 11, 21),
                ISSUER,
                "Syndicat mixte Numérique 47",
                "25470123400018",
                null,
                "Anne Dubœuf",
                "Présidente",
                null);
    }

    private static DocumentFacts attestation() {
        return new DocumentFacts(
                DocumentKind.ATTESTATION_ASSIDUITE,
                "ASD-M9QA7KX3",
                null,
                "François d’Aubigné",
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                null,
                "ELU-INCL",
                "Stratégie d’inclusion numérique de la collectivité",
                List.of(),
                List.of(),
                List.of(),
                "Action de formation",
                "Présentiel",
                7 * 60,
                null,
                LocalDate.of(2026, 3, 14),
                LocalDate.of(2026, 3, 14),
                List.of(),
                Instant.parse("2026-03-14T09:30:00Z"),
                null,
                ISSUER,
                "Syndicat mixte Numérique 47",
                null,
                "2024-047",
                "Anne Dubœuf",
                "Présidente",
                "ASD-ABCDEFGH");
    }

    /** A CA and a seal certificate it issued, on throwaway 2048-bit RSA keys. */
    private static Seal seal(String organisation) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair ca = generator.generateKeyPair();
        KeyPair key = generator.generateKeyPair();
        X500Principal caName = new X500Principal("CN=Socle test CA, O=" + organisation + ", C=FR");
        X509Certificate caCertificate = certificate(caName, caName, ca, ca, true);
        X509Certificate sealCertificate = certificate(caName,
                new X500Principal("CN=" + organisation + ", O=" + organisation + ", C=FR"), key, ca, false);
        return new Seal(ISSUER, key.getPrivate(), List.of(sealCertificate, caCertificate));
    }

    private static X509Certificate certificate(X500Principal issuer, X500Principal subject, KeyPair subjectKeys,
            KeyPair issuerKeys, boolean ca) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(subjectKeys.hashCode())),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), subject,
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static void assertValid(JsonNode credential) {
        Set<ValidationMessage> messages = schema.validate(credential);
        assertTrue(messages.isEmpty(), "schema errors: " + messages);
    }

    private static ObjectNode withoutRegisteredClaims(ObjectNode claims) {
        ObjectNode copy = claims.deepCopy();
        copy.remove(List.of("iss", "jti", "sub", "nbf", "exp"));
        return copy;
    }

    /** RFC 7638, computed by hand: SHA-256 of {"e","kty","n"} in lexical order, base64url. */
    private static String thumbprint(Seal seal) throws Exception {
        RSAPublicKey key = (RSAPublicKey) seal.certificate().getPublicKey();
        String json = "{\"e\":\"" + unsigned(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + unsigned(key.getModulus()) + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> fields(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}

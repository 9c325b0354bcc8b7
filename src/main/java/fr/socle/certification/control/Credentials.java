package fr.socle.certification.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import fr.socle.certification.boundary.DocumentKind;
import fr.socle.platform.Formats;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Open Badges 3.0 credentials (W3C Verifiable Credentials 2.0) of issued documents, signed as VC-JWT with
 * the issuer's seal, the JWKS that publishes the seals' public keys, and the signed Bitstring Status List
 * credentials that say which documents are revoked.
 *
 * <p>A credential states what its document states, in French, and no more personal data than the
 * verification page shows: the holder by an opaque {@code urn:uuid} and their name, the title, the
 * competences, spécialisations and hours, the dates. The verification code is the last path segment but one
 * of the credential's {@code id} ({@code …/certificates/<code>/credential}), is repeated in its
 * {@code description}, and names its {@code evidence}: the public verification page.
 *
 * <p>VC-JWT follows the Open Badges 3.0 proof format: the header holds only {@code alg} (RS256), {@code kid}
 * (the RFC 7638 thumbprint of the seal's public key, stable for the key's life) and {@code typ: "JWT"}; the
 * claims are the credential itself plus {@code iss}, {@code jti}, {@code sub}, {@code nbf} and, if the
 * credential expires, {@code exp}, each equal to the credential's own field.
 */
public final class Credentials {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB_EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    /** The official JSON Schema of an OpenBadgeCredential, named by {@code credentialSchema}. */
    public static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    public static final String OB_SCHEMA_TYPE = "1EdTechJsonSchemaValidator2019";
    /** Documents are French: their days end at midnight in Paris. */

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;
    private static final Pattern BARE_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private Credentials() {
    }

    /** A credential that did not verify: malformed, signed by an unknown key, tampered with, or inconsistent. */
    public static final class InvalidCredentialException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidCredentialException(String message) {
            super(message);
        }

        InvalidCredentialException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // ---------------------------------------------------------------------------------------- addresses

    /** The credential's id and address: {@code <baseUrl>/api/v1/certificates/<code>/credential}. */
    public static String credentialUrl(String baseUrl, String code) {
        return base(baseUrl) + "/api/v1/certificates/" + segment(code) + "/credential";
    }

    /** The public verification page, pre-filled with a code (the QR code's target): {@code <baseUrl>/verify/?code=<code>}. */
    public static String verifyUrl(String baseUrl, String code) {
        return base(baseUrl) + "/verify/?code=" + segment(code);
    }

    /** The issuer's profile id: {@code <baseUrl>/api/v1/issuers/<organisationId>}. */
    public static String issuerUrl(String baseUrl, String organisationId) {
        return base(baseUrl) + "/api/v1/issuers/" + segment(organisationId);
    }

    /** A status list credential's id and address: {@code <baseUrl>/api/v1/status-lists/<statusListId>}. */
    public static String statusListUrl(String baseUrl, String statusListId) {
        return base(baseUrl) + "/api/v1/status-lists/" + segment(statusListId);
    }

    /** The achievement's id: the programme, the kind of document as fragment. */
    public static String achievementUrl(String baseUrl, String programmeCode, DocumentKind kind) {
        return base(baseUrl) + "/api/v1/programmes/" + segment(programmeCode) + "#" + kind.template();
    }

    // ------------------------------------------------------------------------------------------ building

    /**
     * The unsigned {@code OpenBadgeCredential} of a document. It validates against the official Open Badges
     * 3.0 JSON Schema, which it names in {@code credentialSchema}.
     *
     * @param facts        what the document states
     * @param baseUrl      where Socle is published, e.g. {@code https://socle.example}
     * @param statusListId the status list that holds the document's revocation bit
     * @param statusIndex  the document's bit in that list
     */
    public static ObjectNode credential(DocumentFacts facts, String baseUrl, String statusListId, int statusIndex) {
        require(facts.code(), "code");
        require(facts.holderId(), "holderId");
        require(facts.title(), "title");
        require(facts.issuerId(), "issuerId");
        require(facts.issuerName(), "issuerName");
        require(facts.programmeCode(), "programmeCode");
        if (facts.issuedAt() == null) {
            throw new IllegalArgumentException("a credential needs issuedAt");
        }
        if (statusIndex < 0) {
            throw new IllegalArgumentException("a status index is not negative");
        }
        String label = label(facts.kind());
        ObjectNode vc = JSON.createObjectNode();
        vc.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT).add(OB_EXTENSIONS_CONTEXT);
        vc.put("id", credentialUrl(baseUrl, facts.code()));
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        vc.put("name", label + " — " + facts.title());
        vc.put("description", label + " « " + facts.title() + " », code de vérification " + facts.code() + "."
                + (blank(facts.supersedes()) ? "" : " Remplace le document " + facts.supersedes() + "."));
        ObjectNode issuer = vc.putObject("issuer");
        issuer.setAll(profile(baseUrl, facts.issuerId(), facts.issuerName()));
        ArrayNode issuerIds = JSON.createArrayNode();
        if (!blank(facts.issuerSiret())) {
            issuerIds.add(identifierEntry(facts.issuerSiret(), "ext:SIRET"));
        }
        if (!blank(facts.agrement())) {
            issuerIds.add(identifierEntry(facts.agrement(), "ext:AgrementFormationElus"));
        }
        if (!issuerIds.isEmpty()) {
            issuer.set("otherIdentifier", issuerIds);
        }
        vc.put("validFrom", dateTime(facts.issuedAt()));
        if (facts.expiresOn() != null) {
            vc.put("validUntil", dateTime(endOfDay(facts.expiresOn())));
        }
        vc.set("credentialSubject", subject(facts, baseUrl));
        if (!blank(facts.verifyUrl())) {
            ObjectNode evidence = vc.putArray("evidence").addObject();
            evidence.put("id", facts.verifyUrl());
            evidence.putArray("type").add("Evidence");
            evidence.put("name", "Vérification du document " + facts.code());
            evidence.put("narrative", "Page publique de vérification du document " + facts.code()
                    + " : titulaire, intitulé, heures, dates et statut (valide, expiré, révoqué ou remplacé).");
        }
        String listUrl = statusListUrl(baseUrl, statusListId);
        ObjectNode status = vc.putObject("credentialStatus");
        status.put("id", listUrl + "#" + statusIndex);
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(statusIndex));
        status.put("statusListCredential", listUrl);
        ObjectNode schema = vc.putArray("credentialSchema").addObject();
        schema.put("id", OB_SCHEMA);
        schema.put("type", OB_SCHEMA_TYPE);
        return vc;
    }

    /**
     * The unsigned {@code BitstringStatusListCredential} of a revocation list, from the same issuer (the same
     * profile id) as the documents that point to it. Sign it with {@link #sign}.
     *
     * @param listUrl     the list's address, {@link #statusListUrl}
     * @param issuerId    the issuing organisation's id
     * @param encodedList the bits, {@link StatusLists#encode}
     * @param validFrom   when this state of the list was published
     */
    public static ObjectNode statusListCredential(String listUrl, String issuerId, String issuerName, String baseUrl,
            String encodedList, Instant validFrom) {
        require(listUrl, "listUrl");
        StatusLists.size(encodedList); // refuses what is not a list of at least 16 KiB
        ObjectNode vc = JSON.createObjectNode();
        vc.putArray("@context").add(VC_CONTEXT);
        vc.put("id", listUrl);
        vc.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        vc.set("issuer", profile(baseUrl, issuerId, issuerName));
        vc.put("validFrom", dateTime(validFrom));
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("id", listUrl + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", encodedList);
        return vc;
    }

    /** The issuer's Open Badges {@code Profile}, as its credentials name it and as its public address serves it. */
    public static ObjectNode profile(String baseUrl, String issuerId, String issuerName) {
        require(issuerId, "issuerId");
        require(issuerName, "issuerName");
        ObjectNode profile = JSON.createObjectNode();
        profile.put("id", issuerUrl(baseUrl, issuerId));
        profile.putArray("type").add("Profile");
        profile.put("name", issuerName);
        return profile;
    }

    private static ObjectNode subject(DocumentFacts facts, String baseUrl) {
        ObjectNode subject = JSON.createObjectNode();
        subject.put("id", subjectId(facts.holderId()));
        subject.putArray("type").add("AchievementSubject");
        if (!blank(facts.holderName())) {
            // Open Badges' way to name the recipient (an IdentityObject of type "name"), in clear: the document
            // and its verification page show the name too; the urn:uuid alone would tie the badge to no one.
            ObjectNode name = subject.putArray("identifier").addObject();
            name.put("type", "IdentityObject");
            name.put("hashed", false);
            name.put("identityHash", facts.holderName());
            name.put("identityType", "name");
        }
        if (facts.startDate() != null) {
            subject.put("activityStartDate", offsetDateTime(facts.startDate().atStartOfDay(Formats.PARIS).toInstant()));
        }
        if (facts.endDate() != null) {
            subject.put("activityEndDate", offsetDateTime(endOfDay(facts.endDate())));
        }
        String achievementId = achievementUrl(baseUrl, facts.programmeCode(), facts.kind());
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", achievementId);
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", achievementType(facts.kind()));
        achievement.put("name", facts.title());
        achievement.put("description", description(facts));
        achievement.putObject("criteria").put("narrative", narrative(facts));
        achievement.put("humanCode", facts.programmeCode());
        achievement.put("inLanguage", "fr");
        if (!facts.specialisations().isEmpty()) {
            achievement.put("specialization", String.join(", ", facts.specialisations()));
        }
        ArrayNode descriptions = achievement.putArray("resultDescription");
        ArrayNode results = subject.putArray("result");
        String duration = achievementId + "-duree";
        ObjectNode hours = descriptions.addObject();
        hours.put("id", duration);
        hours.putArray("type").add("ResultDescription");
        hours.put("name", "Durée de formation réalisée (ISO 8601)");
        hours.put("resultType", "ext:Duration");
        ObjectNode done = results.addObject();
        done.putArray("type").add("Result");
        done.put("resultDescription", duration);
        done.put("value", Duration.ofMinutes(facts.minutes()).toString());
        if (!facts.results().isEmpty()) {
            String assessment = achievementId + "-evaluation";
            ObjectNode described = descriptions.addObject();
            described.put("id", assessment);
            described.putArray("type").add("ResultDescription");
            described.put("name", "Résultats de l’évaluation des acquis");
            described.put("resultType", "Result");
            for (String line : facts.results()) {
                ObjectNode result = results.addObject();
                result.putArray("type").add("Result");
                result.put("resultDescription", assessment);
                result.put("value", line);
            }
        }
        return subject;
    }

    /**
     * The Open Badges achievement type of a kind of document: a {@code Certificate} for a cursus or
     * spécialisation certificate (competences validated, possibly expiring), a {@code CertificateOfCompletion}
     * for the attestations and the certificat de réalisation (a training carried out, its hours).
     */
    public static String achievementType(DocumentKind kind) {
        return switch (kind) {
            case CERTIFICAT -> "Certificate";
            case ATTESTATION_FIN_FORMATION, CERTIFICAT_REALISATION, ATTESTATION_ASSIDUITE -> "CertificateOfCompletion";
        };
    }

    /** The document's name as it is printed. */
    static String label(DocumentKind kind) {
        return switch (kind) {
            case CERTIFICAT -> "Certificat";
            case ATTESTATION_FIN_FORMATION -> "Attestation de fin de formation";
            case CERTIFICAT_REALISATION -> "Certificat de réalisation";
            case ATTESTATION_ASSIDUITE -> "Attestation d’assiduité";
        };
    }

    private static String description(DocumentFacts facts) {
        StringBuilder text = new StringBuilder(label(facts.kind())).append(" : ").append(facts.title()).append('.');
        if (!facts.objectives().isEmpty()) {
            text.append(" Objectifs : ").append(String.join(" ; ", facts.objectives())).append('.');
        }
        return text.toString();
    }

    /** What the holder did, in French Markdown (Open Badges narratives are Markdown). */
    private static String narrative(DocumentFacts facts) {
        List<String> paragraphs = new ArrayList<>();
        List<String> how = new ArrayList<>();
        if (!blank(facts.nature())) {
            how.add(facts.nature() + ".");
        }
        if (!blank(facts.modality())) {
            how.add("Modalité : " + facts.modality() + ".");
        }
        if (facts.startDate() != null && facts.endDate() != null) {
            how.add(facts.startDate().equals(facts.endDate()) ? "Le " + day(facts.startDate()) + "."
                    : "Du " + day(facts.startDate()) + " au " + day(facts.endDate()) + ".");
        } else if (facts.startDate() != null) {
            how.add("À partir du " + day(facts.startDate()) + ".");
        } else if (facts.endDate() != null) {
            how.add("Jusqu’au " + day(facts.endDate()) + ".");
        }
        if (!how.isEmpty()) {
            paragraphs.add(String.join(" ", how));
        }
        paragraphs.add("Durée de formation réalisée : " + Formats.minutesAsHours(facts.minutes()) + ".");
        if (!facts.competences().isEmpty()) {
            paragraphs.add(list("Compétences ou blocs de compétences validés :", facts.competences()));
        }
        if (!facts.specialisations().isEmpty()) {
            paragraphs.add(list(facts.specialisations().size() == 1 ? "Spécialisation validée :"
                    : "Spécialisations validées :", facts.specialisations()));
        }
        if (facts.level() != null) {
            paragraphs.add("Niveau de la certification visée : " + facts.level() + ".");
        }
        if (!facts.results().isEmpty()) {
            paragraphs.add(list("Résultats de l’évaluation des acquis :", facts.results()));
        }
        return String.join("\n\n", paragraphs);
    }

    /** A day as French prints it: "1er mars 2026", "14 mars 2026". */
    static String day(LocalDate day) {
        String text = FRENCH_DAY.format(day);
        return day.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }

    private static String list(String heading, List<String> items) {
        StringBuilder text = new StringBuilder(heading);
        items.forEach(item -> text.append("\n- ").append(item));
        return text.toString();
    }

    private static ObjectNode identifierEntry(String identifier, String type) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("type", "IdentifierEntry");
        entry.put("identifier", identifier);
        entry.put("identifierType", type);
        return entry;
    }

    // ------------------------------------------------------------------------------------------- signing

    /**
     * The credential as a VC-JWT (compact JWS, RS256) sealed with the organisation's key. The claims are the
     * credential plus {@code iss} (its issuer's id), {@code jti} (its id), {@code sub} (its subject's id),
     * {@code nbf} ({@code validFrom} in epoch seconds) and {@code exp} ({@code validUntil}, if any).
     *
     * @throws IllegalArgumentException if the credential lacks one of those fields, carries a fraction of a
     *                                  second in its dates, or the seal's key is not the RSA key of its certificate
     */
    public static String sign(JsonNode credential, Seal seal) {
        ObjectNode claims = credential.deepCopy();
        claims.put("iss", issuerId(credential));
        claims.put("jti", text(credential, "id"));
        claims.put("sub", text(credential.path("credentialSubject"), "id"));
        claims.put("nbf", epochSeconds(credential, "validFrom"));
        if (credential.hasNonNull("validUntil")) {
            claims.put("exp", epochSeconds(credential, "validUntil"));
        }
        RSAPublicKey publicKey = rsa(seal.certificate().getPublicKey());
        if (seal.privateKey() instanceof RSAPrivateCrtKey key && !key.getModulus().equals(publicKey.getModulus())) {
            throw new IllegalArgumentException("the seal's private key is not the key of its certificate");
        }
        JWSHeader header = new JWSHeader.Builder(ALGORITHM).keyID(kid(publicKey)).type(JOSEObjectType.JWT).build();
        try {
            JWSObject jws = new JWSObject(header, new Payload(JSON.writeValueAsString(claims)));
            jws.sign(new RSASSASigner(seal.privateKey()));
            return jws.serialize();
        } catch (JsonProcessingException | JOSEException e) {
            throw new IllegalStateException("cannot sign the credential: " + e.getMessage(), e);
        }
    }

    /**
     * The credential of a VC-JWT whose signature checks with the key its {@code kid} names in {@code keys},
     * and whose {@code iss}, {@code jti}, {@code sub}, {@code nbf} and {@code exp} agree with the credential.
     * It does not judge dates or status: an expired or revoked document still bears its issuer's signature.
     *
     * @throws InvalidCredentialException with the reason, otherwise
     */
    public static ObjectNode verify(String jwt, JWKSet keys) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(jwt == null ? "" : jwt.trim());
        } catch (ParseException e) {
            throw new InvalidCredentialException("not a compact JWS: " + e.getMessage(), e);
        }
        JWSHeader header = jws.getHeader();
        if (!ALGORITHM.equals(header.getAlgorithm())) {
            throw new InvalidCredentialException("unexpected algorithm " + header.getAlgorithm() + ", RS256 expected");
        }
        String kid = header.getKeyID();
        if (kid == null) {
            throw new InvalidCredentialException("the header names no key (kid)");
        }
        JWK jwk = keys.getKeyByKeyId(kid);
        if (!(jwk instanceof RSAKey rsaKey)) {
            throw new InvalidCredentialException("no published RSA key has kid " + kid);
        }
        try {
            if (!jws.verify(new RSASSAVerifier(rsaKey.toRSAPublicKey()))) {
                throw new InvalidCredentialException("the signature does not match key " + kid
                        + ": the credential was altered or signed by another key");
            }
        } catch (JOSEException e) {
            throw new InvalidCredentialException("cannot check the signature: " + e.getMessage(), e);
        }
        ObjectNode claims;
        try {
            JsonNode parsed = JSON.readTree(jws.getPayload().toString());
            if (!(parsed instanceof ObjectNode object)) {
                throw new InvalidCredentialException("the claims are not a JSON object");
            }
            claims = object;
        } catch (JsonProcessingException e) {
            throw new InvalidCredentialException("the claims are not JSON: " + e.getOriginalMessage(), e);
        }
        try {
            agree(claims, "iss", issuerId(claims));
            agree(claims, "jti", text(claims, "id"));
            agree(claims, "sub", text(claims.path("credentialSubject"), "id"));
            agreeNumber(claims, "nbf", epochSeconds(claims, "validFrom"));
            if (claims.hasNonNull("validUntil") || claims.has("exp")) {
                agreeNumber(claims, "exp", epochSeconds(claims, "validUntil"));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidCredentialException("the claims and the credential disagree: " + e.getMessage(), e);
        }
        return claims;
    }

    private static void agree(JsonNode claims, String claim, String expected) {
        if (!claims.path(claim).isTextual() || !claims.get(claim).asText().equals(expected)) {
            throw new IllegalArgumentException(claim + " is " + claims.path(claim) + ", not " + expected);
        }
    }

    private static void agreeNumber(JsonNode claims, String claim, long expected) {
        if (!claims.path(claim).isIntegralNumber() || claims.get(claim).asLong() != expected) {
            throw new IllegalArgumentException(claim + " is " + claims.path(claim) + ", not " + expected);
        }
    }

    // ---------------------------------------------------------------------------------------------- keys

    /** The key id of a seal: the RFC 7638 JWK thumbprint (SHA-256, base64url) of its certificate's public key. */
    public static String kid(Seal seal) {
        return kid(rsa(seal.certificate().getPublicKey()));
    }

    private static String kid(RSAPublicKey key) {
        try {
            return new RSAKey.Builder(key).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The public JWK of a certificate chain (seal certificate first): its RSA public key, {@code kid} (the
     * thumbprint), {@code use: sig}, {@code alg: RS256} and the chain as {@code x5c}.
     */
    public static RSAKey publicJwk(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a key needs its certificate");
        }
        RSAPublicKey key = rsa(chain.get(0).getPublicKey());
        List<Base64> x5c = new ArrayList<>();
        try {
            for (X509Certificate certificate : chain) {
                x5c.add(Base64.encode(certificate.getEncoded()));
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode the certificate: " + e.getMessage(), e);
        }
        return new RSAKey.Builder(key)
                .keyID(kid(key))
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(ALGORITHM)
                .x509CertChain(x5c)
                .build();
    }

    /** The JWKS that publishes these seals' public keys (never a private part), for verifiers to fetch. */
    public static JWKSet jwks(Collection<Seal> seals) {
        List<JWK> keys = new ArrayList<>();
        for (Seal seal : seals) {
            RSAKey key = publicJwk(seal.chain());
            if (keys.stream().noneMatch(k -> k.getKeyID().equals(key.getKeyID()))) {
                keys.add(key);
            }
        }
        return new JWKSet(keys);
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static RSAPublicKey rsa(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa;
        }
        throw new IllegalArgumentException("RS256 needs an RSA seal, not " + key.getAlgorithm());
    }

    private static String issuerId(JsonNode credential) {
        JsonNode issuer = credential.path("issuer");
        return issuer.isTextual() ? issuer.asText() : text(issuer, "id");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("the credential has no " + field);
        }
        return value.asText();
    }

    private static long epochSeconds(JsonNode credential, String field) {
        String value = text(credential, field);
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a date-time with zone: " + value, e);
        }
        if (time.getNano() != 0) {
            throw new IllegalArgumentException(field + " has a fraction of a second: " + value);
        }
        return time.toEpochSecond();
    }

    /** A date-time in UTC, to the second: {@code 2026-11-21T14:03:07Z}. */
    private static String dateTime(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("a credential date is required");
        }
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A date-time as it is lived in Paris, to the second: {@code 2026-01-05T00:00:00+01:00}. */
    private static String offsetDateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(Formats.PARIS).toOffsetDateTime());
    }

    /** The last second of a day in Paris. */
    static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Formats.PARIS).toInstant().minusSeconds(1);
    }

    private static String subjectId(String holderId) {
        return BARE_UUID.matcher(holderId).matches() ? "urn:uuid:" + holderId.toLowerCase(Locale.ROOT) : holderId;
    }

    private static String base(String baseUrl) {
        require(baseUrl, "baseUrl");
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.startsWith("https://") && !base.startsWith("http://")) {
            throw new IllegalArgumentException("a base URL is absolute: " + baseUrl);
        }
        return base;
    }

    private static String segment(String value) {
        require(value, "path segment");
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void require(String value, String name) {
        if (blank(value)) {
            throw new IllegalArgumentException("a credential needs " + name);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

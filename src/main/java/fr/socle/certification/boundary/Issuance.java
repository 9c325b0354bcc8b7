package fr.socle.certification.boundary;

import fr.socle.certification.control.Credentials;
import fr.socle.certification.control.DocumentFacts;
import fr.socle.certification.control.DocumentRenderer;
import fr.socle.certification.control.FactsJson;
import fr.socle.certification.control.RequiredFields;
import fr.socle.certification.control.Seal;
import fr.socle.certification.control.SealKeys;
import fr.socle.certification.control.StatusListFill;
import fr.socle.certification.control.StatusLists;
import fr.socle.certification.control.VerificationCodes;
import fr.socle.certification.entity.Certificate;
import fr.socle.certification.entity.CertificatePdf;
import fr.socle.certification.entity.IssuerProfile;
import fr.socle.certification.entity.LogEntry;
import fr.socle.certification.entity.LogHead;
import fr.socle.certification.entity.StatusList;
import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.boundary.LearningRecord;
import fr.socle.learning.boundary.LearningRecords;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes one document, in a transaction of its own: checks that the achievement is met, gathers
 * its facts from the records (hours from the ledger, competences from the modules, results from the
 * quizzes), refuses a document missing a required field, draws its verification code and its
 * status-list index, renders and seals the PDF, signs the credential, and appends to the log, last,
 * so that the log's head stays locked as briefly as possible. The unique key on (kind, enrolment,
 * generation) is what makes a retry, a double click or a concurrent job harmless: the loser of a
 * race rolls back and reads the winner's document.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Issuance {

    private static final Random RANDOM = new SecureRandom();
    private static final DocumentRenderer RENDERER = DocumentRenderer.shared();
    /** Lists are counted again after 500 documents issued here, or a minute. */
    private static final StatusListFill FILL = new StatusListFill(500, 60_000_000_000L);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SealKeys seals;

    @Inject
    LearningRecords records;

    @Inject
    @ConfigProperty(name = "socle.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Years a cursus certificate stays valid (0: it does not expire). */
    @Inject
    @ConfigProperty(name = "socle.certificate.validity-years", defaultValue = "0")
    int validityYears;

    /** The base of every public link (verification page, credential and issuer ids), without a trailing slash. */
    public String baseUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * The document of this kind for this enrolment: the existing one (the latest generation) if it was
     * issued before, otherwise a new one.
     */
    public Issued issue(DocumentKind kind, String enrolmentId, String actor, LocalDate expiresOn) {
        return issue(kind, records.find(enrolmentId).orElseThrow(() -> Problem.notFound("socle.enrolment.notFound")), actor, expiresOn);
    }

    /** The same, for the record of the enrolment already read (read once per document, not once per step). */
    public Issued issue(DocumentKind kind, LearningRecord e, String actor, LocalDate expiresOn) {
        var existing = latest(kind, e.enrolmentId());
        if (existing != null && existing.getRevokedAt() == null) {
            return new Issued(existing, false);
        }
        requireAchieved(kind, e);
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(Formats.PARIS))) {
            throw Problem.badRequest("socle.certificate.expiryPast");
        }
        LocalDate expiry = expiresOn != null ? expiresOn
                : kind == DocumentKind.CERTIFICAT && validityYears > 0 ? LocalDate.now(Formats.PARIS).plusYears(validityYears) : null;
        // after a revocation, a new decision makes a new document: the next generation, superseding nothing
        int generation = existing == null ? 1 : existing.getGeneration() + 1;
        return new Issued(make(kind, e, generation, null, null, actor, null, expiry), true);
    }

    /** A document, and whether this call made it (or found it made before). */
    public record Issued(Certificate certificate, boolean created) {
    }

    /**
     * A new generation that supersedes {@code code}: same achievement, facts read again (a corrected name,
     * for instance). The holder's name is the account's, as its organisations vouch for it: a name typed here
     * other than that one is refused (the person asks for a change, which an administrator accepts).
     */
    public Certificate reissue(String code, String reason, String holderName, String actor) {
        Certificate previous = locked(code);
        if (previous.getRevokedAt() != null) {
            throw Problem.conflict("socle.certificate.revokedNoReissue");
        }
        if (previous.getSupersededById() != null) {
            throw Problem.conflict("socle.certificate.alreadySuperseded");
        }
        requireReason(reason);
        LearningRecord e = records.find(previous.getEnrolmentId()).orElseThrow(() -> Problem.notFound("socle.enrolment.notFound"));
        if (holderName != null && !holderName.isBlank() && !holderName.strip().equals(e.learnerName())) {
            throw Problem.badRequest("socle.certificate.holderNameFromAccount");
        }
        return make(previous.getKind(), e, previous.getGeneration() + 1, previous, reason, actor, null, previous.getExpiresOn());
    }

    /** Revokes a document: its status-list bit flips, it stays verifiable as revoked. */
    public Certificate revoke(String code, String reason, String actor) {
        Certificate c = locked(code);
        if (c.getRevokedAt() != null) {
            throw Problem.conflict("socle.certificate.alreadyRevoked");
        }
        requireReason(reason);
        Instant now = clock.now();
        c.revoke(now, actor, reason);
        append(now, LogEntry.Action.REVOKED, c, actor, reason.strip());
        return c;
    }

    /** The document with this code, locked until the transaction ends (revocation and reissue never interleave). */
    private Certificate locked(String code) {
        return em.createNamedQuery(Certificate.BY_CODE, Certificate.class).setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> Problem.notFound("socle.certificate.notFound"));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > Certificate.REASON_MAX) {
            throw Problem.badRequest("socle.certificate.reasonRequired", Certificate.REASON_MAX);
        }
    }

    Certificate latest(DocumentKind kind, String enrolmentId) {
        return em.createNamedQuery(Certificate.OF_ACHIEVEMENT, Certificate.class).setParameter("kind", kind)
                .setParameter("enrolment", enrolmentId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Whether the enrolment has earned this document; 409 with the reason otherwise. */
    static void requireAchieved(DocumentKind kind, LearningRecord e) {
        e.shortfall(kind.achievement()).ifPresent(why -> {
            throw Problem.conflict(switch (why) {
                case "notProgramme" -> "socle.certificate.notProgramme";
                case "notComplete" -> "socle.certificate.notComplete";
                case "notStarted" -> "socle.certificate.notStarted";
                default -> "socle.certificate.notElu";
            });
        });
    }

    private Certificate make(DocumentKind kind, LearningRecord e, int generation, Certificate previous, String reissueReason, String actor,
                             String holderName, LocalDate expiresOn) {
        Instant now = clock.now();
        Organisation issuer = em.find(Organisation.class, e.organisationId());
        IssuerProfile profile = em.find(IssuerProfile.class, issuer.getId());
        StatusList list = statusList(issuer, now);
        int index = freeIndex(list);
        String code = freeCode(kind);
        DocumentFacts facts = facts(kind, e, issuer, code, now, profile, holderName, previous == null ? null : previous.getCode(), expiresOn);
        List<String> missing = RequiredFields.missing(facts);
        if (!missing.isEmpty()) {
            throw Problem.conflict("socle.certificate.missingFields", String.join(", ", missing)).withDetails(missing);
        }
        Certificate c = new Certificate(null, code, kind, e.enrolmentId(), generation, e.accountId(), facts.holderName(),
                e.organisationId(), issuer.getId(), facts.programmeCode(), facts.title(), facts.minutes(), facts.level(), now,
                actor, facts.expiresOn(), list.getId(), index);
        Seal seal = seals.seal(issuer.getId(), issuer.getName());
        byte[] unsigned;
        try {
            unsigned = RENDERER.render(facts, profile == null ? null : profile.getLogo());
        } catch (IllegalArgumentException unprintable) {
            throw Problem.conflict("socle.certificate.unprintable", unprintable.getMessage());
        }
        byte[] pdf = Sealing.seal(seal, issuer.getName(), unsigned, "Cachet de " + issuer.getName() + " : " + facts.title(), now);
        String credential = Credentials.sign(Credentials.credential(facts, baseUrl(), list.getId(), index), seal);
        c.seal(FactsJson.write(facts), sha256(pdf), credential);
        em.persist(c);
        em.persist(new CertificatePdf(c, pdf));
        if (previous != null) {
            previous.supersededBy(c, reissueReason);
        }
        em.flush();
        append(now, previous == null ? LogEntry.Action.ISSUED : LogEntry.Action.REISSUED, c, actor,
                previous == null ? kind.name() : "remplace " + previous.getCode() + " : " + reissueReason.strip());
        return c;
    }

    /** Appends to the hash-chained log, holding its head's lock until the transaction ends. */
    void append(Instant now, LogEntry.Action action, Certificate c, String actor, String detail) {
        LogHead head = em.find(LogHead.class, LogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        LogEntry entry = new LogEntry(head, now, action, c, actor, detail);
        em.persist(entry);
        head.moveTo(entry);
        em.flush();
    }

    /**
     * The issuer's current revocation list, or a new one when it is 3/4 full (indexes stay sparse, so random draws stay
     * cheap); how full it is comes from {@link StatusListFill}, not from a count for every document.
     */
    private StatusList statusList(Organisation issuer, Instant now) {
        StatusList current = em.createNamedQuery(StatusList.OF_ISSUER, StatusList.class).setParameter("issuer", issuer.getId())
                .setParameter("purpose", StatusList.REVOCATION).setMaxResults(1).getResultStream().findFirst().orElse(null);
        StatusList list = current;
        if (current == null || FILL.full(current.getId(), current.getSize(), System.nanoTime(),
                () -> em.createNamedQuery(Certificate.COUNT_IN_LIST, Long.class).setParameter("list", current.getId()).getSingleResult())) {
            list = new StatusList(issuer, StatusLists.SIZE, now);
            em.persist(list);
        }
        return list;
    }

    /** A random index not yet used in the list (not the issue order: the list must not tell who was issued when). */
    private int freeIndex(StatusList list) {
        for (int attempt = 0; attempt < 64; attempt++) {
            int index = RANDOM.nextInt(list.getSize());
            if (em.createNamedQuery(Certificate.INDEX_USED, Long.class).setParameter("list", list.getId()).setParameter("index", index)
                    .getSingleResult() == 0) {
                return index;
            }
        }
        throw new IllegalStateException("no free index in status list " + list.getId());
    }

    private String freeCode(DocumentKind kind) {
        for (int attempt = 0; attempt < 16; attempt++) {
            String code = VerificationCodes.generate(kind.prefix());
            if (em.createNamedQuery(Certificate.CODE_USED, Long.class).setParameter("code", code).getSingleResult() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free verification code");
    }

    /** What the document states, read from the record of the enrolment. */
    DocumentFacts facts(DocumentKind kind, LearningRecord e, Organisation issuer, String code, Instant now, IssuerProfile profile,
                        String holderName, String supersedes, LocalDate expiresOn) {
        List<LearningRecord.ModuleRecord> modules = e.modules();
        var objectives = new ArrayList<String>();
        if (!e.moduleEnrolment()) {
            objectives.addAll(e.objectives());
        } else {
            modules.forEach(m -> objectives.addAll(m.objectives()));
        }
        var assessed = new ArrayList<String>();
        e.results().stream().filter(r -> r.bestScore() != null).forEach(r -> assessed.add(r.moduleCode() + " – " + r.title() + " : "
                + r.bestScore() + " %" + (r.completed() ? " (validé)" : " (non validé)")));
        if (assessed.isEmpty()) {
            assessed.add(e.status() == EnrolmentStatus.TERMINE ? "Objectifs atteints : toutes les activités requises sont validées."
                    : "Formation suivie partiellement (" + e.status().name().toLowerCase(Locale.ROOT) + ").");
        }
        String title = !e.moduleEnrolment() ? e.title()
                : modules.get(0).code() + " – " + modules.get(0).title() + " (" + e.title() + ")";
        String modality = modules.stream().map(m -> m.modality().name().toLowerCase(Locale.ROOT).replace('_', ' ')).distinct()
                .collect(Collectors.joining(", "));
        LocalDate start = e.startedAt() == null ? null : LocalDate.ofInstant(e.startedAt(), Formats.PARIS);
        Instant end = e.lastActivityAt();
        String name = holderName == null || holderName.isBlank() ? e.learnerName() : holderName.strip();
        return new DocumentFacts(kind, code, Credentials.verifyUrl(baseUrl(), code), name, "urn:uuid:" + e.accountId(),
                employer(e, issuer), e.programmeCode(), title, e.specialisations(), e.competences(), objectives,
                "Action de formation (article L6313-1 du Code du travail)", modality, e.minutes(),
                !e.moduleEnrolment() ? e.level() : null, start, end == null ? null : LocalDate.ofInstant(end, Formats.PARIS),
                assessed, now, expiresOn, issuer.getId(), issuer.getName(), issuer.getSiret(), profile == null ? null : profile.getAgrement(),
                profile == null ? null : profile.getSignatoryName(), profile == null ? null : profile.getSignatoryTitle(), supersedes);
    }

    /** The learner's employer: the organisation of the SIRET in its profile, else the organisation it trains with. */
    private String employer(LearningRecord e, Organisation trainsWith) {
        if (e.employerSiret() != null) {
            var byId = em.createNamedQuery(Organisation.BY_SIRET, Organisation.class).setParameter("siret", e.employerSiret())
                    .getResultStream().findFirst();
            if (byId.isPresent()) {
                return byId.get().getName();
            }
        }
        return trainsWith.getName();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

package fr.socle.certification.boundary;

import fr.socle.certification.control.Credentials;
import fr.socle.certification.control.PdfSeal;
import fr.socle.certification.entity.IssuerProfile;
import fr.socle.certification.entity.LogHead;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.Loader;
import fr.socle.certification.control.FactsJson;
import fr.socle.certification.control.HashChain;
import fr.socle.certification.control.Seal;
import fr.socle.certification.control.SealKeys;
import fr.socle.certification.control.StatusLists;
import fr.socle.certification.control.VerificationCodes;
import fr.socle.certification.entity.Certificate;
import fr.socle.certification.entity.CertificatePdf;
import fr.socle.certification.entity.LogEntry;
import fr.socle.certification.entity.StatusList;
import fr.socle.learning.boundary.EnrolmentCompleted;
import fr.socle.learning.boundary.EnrolmentRef;
import fr.socle.learning.boundary.LearningRecord;
import fr.socle.learning.boundary.LearningRecords;
import fr.socle.platform.Caller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import fr.socle.platform.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issued documents: issuing (automatically when an enrolment completes, by hand for attestations),
 * revoking, reissuing, reading them (each by who may), and what verifiers are told. Making a
 * document is {@link Issuance}'s, one transaction per document.
 *
 * <ul>
 *   <li>Trainers and administrators of the enrolment's organisation issue documents.</li>
 *   <li>Administrators of the document's organisation revoke and reissue it.</li>
 *   <li>The holder, trainers and administrators of its organisation download its PDF and credential.</li>
 *   <li>Anyone verifies a code; registrars read the register of every organisation.</li>
 * </ul>
 */
@ApplicationScoped
public class Certificates {

    private static final Logger LOG = Logger.getLogger(Certificates.class.getName());
    public static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Issuance issuance;

    @Inject
    LearningRecords records;

    @Inject
    SealKeys seals;

    @Inject
    Clock clock;

    @Inject
    Event<CertificateChanged> changed;

    /** A document's status changed (revoked, superseded): what is kept of its verification is stale. */
    public record CertificateChanged(String code) {
    }

    /** A trainer or administrator issues a document of this kind for an enrolment of its organisation (idempotent). */
    public Issuance.Issued issue(Caller caller, DocumentKind kind, String enrolmentId, LocalDate expiresOn) {
        LearningRecord e = records.find(enrolmentId).filter(r -> caller.teaches(r.organisationId()))
                .orElseThrow(() -> Problem.notFound("socle.enrolment.notFound"));
        if (kind == null) {
            throw Problem.badRequest("socle.certificate.kindRequired");
        }
        return issueOnce(kind, e, caller.email(), expiresOn);
    }

    /**
     * Issues, or returns the document already issued for this achievement. A concurrent issuance of
     * the same achievement loses on the unique key and rolls back whole: the winner's document is the answer.
     */
    Issuance.Issued issueOnce(DocumentKind kind, String enrolmentId, String actor, LocalDate expiresOn) {
        return issueOnce(kind, enrolmentId, () -> issuance.issue(kind, enrolmentId, actor, expiresOn));
    }

    /** The same for the record of the enrolment, already read. */
    Issuance.Issued issueOnce(DocumentKind kind, LearningRecord e, String actor, LocalDate expiresOn) {
        return issueOnce(kind, e.enrolmentId(), () -> issuance.issue(kind, e, actor, expiresOn));
    }

    private Issuance.Issued issueOnce(DocumentKind kind, String enrolmentId, Supplier<Issuance.Issued> issue) {
        try {
            return issue.get();
        } catch (Problem p) {
            throw p;
        } catch (RuntimeException race) {
            Certificate winner = issuance.latest(kind, enrolmentId);
            if (winner == null) {
                throw race;
            }
            return new Issuance.Issued(winner, false);
        }
    }

    /** The certificate a completed programme earns, issued as soon as the completion is committed. */
    void onCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentCompleted event) {
        issueEarned(event.enrolmentId());
    }

    /** At start, the certificates earned but not issued (a crash or a missing signatory at the time). */
    void onSchemaReady(@Observes @Priority(300) SchemaReady ready) {
        List<String> pending = em.createNamedQuery(Certificate.UNCERTIFIED, String.class).getResultList();
        if (!pending.isEmpty()) {
            LOG.info(() -> "Issuing " + pending.size() + " certificate(s) earned but not issued yet");
            pending.forEach(this::issueEarned);
        }
    }

    private void issueEarned(String enrolmentId) {
        LearningRecord e = records.find(enrolmentId).orElse(null);
        if (e == null) {
            return;
        }
        DocumentKind kind = !e.moduleEnrolment() ? DocumentKind.CERTIFICAT : DocumentKind.ATTESTATION_FIN_FORMATION;
        try {
            Certificate c = issueOnce(kind, e, "socle", null).certificate();
            LOG.info(() -> "Issued " + c.getCode() + " (" + kind + ") for enrolment " + enrolmentId);
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Could not issue the " + kind + " of enrolment " + enrolmentId + ": " + ex.getMessage(), ex);
        }
    }

    public Certificate revoke(Caller caller, String code, String reason) {
        requireAdministers(caller, byCode(code));
        Certificate c = issuance.revoke(VerificationCodes.normalise(code), reason, caller.email());
        changed.fire(new CertificateChanged(c.getCode()));
        return c;
    }

    public Certificate reissue(Caller caller, String code, String reason, String holderName) {
        requireAdministers(caller, byCode(code));
        try {
            Certificate c = issuance.reissue(VerificationCodes.normalise(code), reason, holderName, caller.email());
            changed.fire(new CertificateChanged(VerificationCodes.normalise(code)));
            return c;
        } catch (Problem p) {
            throw p;
        } catch (RuntimeException race) {
            // a concurrent reissue won: say so; anything else (a seal, a lock timeout) is not "already superseded"
            if (byCode(code).getSupersededById() != null) {
                throw Problem.conflict("socle.certificate.alreadySuperseded");
            }
            throw race;
        }
    }

    /** The caller's own documents, newest first. */
    public List<Certificate> mine(Caller caller) {
        return em.createNamedQuery(Certificate.OF_HOLDER, Certificate.class).setParameter("holder", caller.accountId()).getResultList();
    }

    /**
     * The documents of the organisations the caller trains in or administers (issued to their learners
     * or by them); every organisation's for platform administrators. A learner's own documents are
     * {@link #mine}; registrars read the register through {@code Registrar}, which logs each consultation.
     */
    public List<Certificate> list(Caller caller, String query) {
        return search(caller.platformAdmin() ? null : caller.taught(), query);
    }

    private List<Certificate> search(Set<String> organisations, String query) {
        if (organisations != null && organisations.isEmpty()) {
            return List.of();
        }
        String q = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
        var typed = organisations == null ? em.createNamedQuery(Certificate.ALL, Certificate.class)
                : em.createNamedQuery(Certificate.IN_ORGANISATIONS, Certificate.class).setParameter("ids", organisations);
        return typed.setParameter("q", q).setMaxResults(MAX_LIST).getResultList();
    }

    /** A document the caller may see in full: its holder, or who trains or administers in its organisations. */
    public Certificate find(Caller caller, String code) {
        Certificate c = byCode(code);
        boolean holder = c.getHolderId().equals(caller.accountId());
        if (!(holder || caller.teaches(c.getOrganisationId()) || caller.teaches(c.getIssuerId()) || caller.platformAdmin())) {
            throw Problem.notFound("socle.certificate.notFound");
        }
        return c;
    }

    /** The sealed PDF of a document the caller was allowed by {@link #find}. */
    byte[] pdf(Certificate found) {
        return em.find(CertificatePdf.class, found.getId()).getContent();
    }

    /** The public answer for a code in its canonical form ({@link VerificationCodes#normalise}); empty for an unknown one. */
    public Optional<Verification> verify(String code) {
        return withCode(code).map(this::verification);
    }

    private Optional<Certificate> withCode(String code) {
        return em.createNamedQuery(Certificate.BY_CODE, Certificate.class).setParameter("code", code).getResultStream().findFirst();
    }

    Verification verification(Certificate c) {
        var facts = FactsJson.read(c.getFacts());
        Organisation issuer = em.find(Organisation.class, c.getIssuerId());
        return new Verification(c.getCode(), c.status(LocalDate.now(Formats.PARIS)), c.getKind(), c.getHolderName(), c.getTitle(),
                facts.specialisations(), c.getMinutes(), c.getLevel(), c.getIssuedAt(), c.getExpiresOn(), c.getRevokedAt(),
                c.getRevocationReason(), codeOf(c.getSupersededById()), codeOf(c.getSupersedesId()), issuer.getId(), issuer.getName());
    }

    private String codeOf(String certificateId) {
        return certificateId == null ? null : em.createNamedQuery(Certificate.BY_ID, Certificate.class).setParameter("id", certificateId)
                .getResultStream().findFirst().map(Certificate::getCode).orElse(null);
    }

    Certificate byCode(String typed) {
        return withCode(VerificationCodes.normalise(typed)).orElseThrow(() -> Problem.notFound("socle.certificate.notFound"));
    }

    private static void requireAdministers(Caller caller, Certificate c) {
        if (!caller.canAdminister(c.getOrganisationId()) && !caller.canAdminister(c.getIssuerId())) {
            if (caller.teaches(c.getOrganisationId()) || c.getHolderId().equals(caller.accountId())) {
                throw Problem.forbidden("socle.certificate.adminOnly");
            }
            throw Problem.notFound("socle.certificate.notFound");
        }
    }

    /** An issuer's signed Bitstring Status List credential (VC-JWT): bit i set when the document at index i is revoked. */
    public String statusList(String id) {
        StatusList list = id == null ? null : em.find(StatusList.class, id);
        if (list == null) {
            throw Problem.notFound("socle.statusList.notFound");
        }
        BitSet revoked = new BitSet(list.getSize());
        em.createNamedQuery(Certificate.REVOKED_INDEXES, Integer.class).setParameter("list", id).getResultList().forEach(revoked::set);
        Organisation issuer = list.getIssuer();
        String listUrl = Credentials.statusListUrl(issuance.baseUrl(), id);
        var credential = Credentials.statusListCredential(listUrl, issuer.getId(), issuer.getName(), issuance.baseUrl(),
                StatusLists.encode(revoked, list.getSize()), clock.now());
        return Credentials.sign(credential, seals.seal(issuer.getId(), issuer.getName()));
    }

    /**
     * An issuer, for its public profile and seal chain; 404 for an organisation that issues nothing
     * (so that anonymous requests never make Socle generate a seal).
     */
    public Organisation issuer(String organisationId) {
        Organisation o = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (o == null || em.createNamedQuery(StatusList.OF_ISSUER, StatusList.class).setParameter("issuer", o.getId())
                .setParameter("purpose", StatusList.REVOCATION).setMaxResults(1).getResultList().isEmpty()) {
            throw Problem.notFound("socle.issuer.notFound");
        }
        return o;
    }

    public String sealChainPem(String organisationId) {
        Organisation o = issuer(organisationId);
        return seals.chainPem(o.getId(), o.getName());
    }

    /** The seals of every organisation that has issued something: what the JWKS publishes. */
    public List<Seal> issuerSeals() {
        return em.createNamedQuery(Certificate.ISSUER_IDS, String.class).getResultList().stream()
                .map(id -> em.find(Organisation.class, id)).map(o -> seals.seal(o.getId(), o.getName())).toList();
    }

    public String baseUrl() {
        return issuance.baseUrl();
    }

    /** The history of a document in the log. */
    public List<LogEntry> history(Caller caller, String code) {
        Certificate c = find(caller, code);
        return em.createNamedQuery(LogEntry.OF_CERTIFICATE, LogEntry.class).setParameter("certificate", c.getId()).getResultList();
    }

    /** The result of checking the log's chain. */
    public record LogCheck(long entries, boolean intact, Long firstBroken, String reason) {
    }

    /** Walks the whole log in order, by pages, and reports the first link that does not hold. */
    public LogCheck checkLog() {
        HashChain.Link previous = null;
        long count = 0;
        while (true) {
            List<LogEntry> page = em.createNamedQuery(LogEntry.FROM, LogEntry.class).setParameter("after", previous == null ? 0L : previous.seq())
                    .setMaxResults(1000).getResultList();
            if (page.isEmpty()) {
                var head = em.find(LogHead.class, LogHead.ID);
                long last = previous == null ? 0 : previous.seq();
                if (head.getSeq() != last || !head.getHash().equals(previous == null ? HashChain.GENESIS : previous.hash())) {
                    return new LogCheck(count, false, last + 1, "entries after " + last + " are missing");
                }
                return new LogCheck(count, true, null, null);
            }
            for (LogEntry entry : page) {
                var broken = HashChain.check(previous, entry.link());
                if (broken.isPresent()) {
                    return new LogCheck(count, false, broken.get().seq(), broken.get().reason());
                }
                previous = entry.link();
                count++;
            }
            em.clear();
        }
    }

    /**
     * What a verifier learns of a PDF dropped on the verification page: whether its seal holds (intact,
     * covering the whole file, from a seal Socle trusts), which document it claims to be, and whether
     * it is byte for byte the PDF issued for that document (so its content matches the record).
     */
    public record PdfCheck(boolean sealValid, String sealProblem, Verification document, boolean matchesRecord) {
    }

    public PdfCheck checkPdf(byte[] pdf) {
        var seal = PdfSeal.check(pdf, seals.trustAnchors());
        String code = null;
        try (var doc = Loader.loadPDF(pdf)) {
            code = doc.getDocumentInformation().getCustomMetadataValue("SocleCode");
        } catch (IOException | RuntimeException unreadable) {
            // not a PDF Socle can read: the seal check says so
        }
        Certificate c = code == null || !VerificationCodes.wellFormed(code) ? null : withCode(code).orElse(null);
        boolean matches = c != null && c.getPdfSha256().equals(Issuance.sha256(pdf));
        return new PdfCheck(seal.valid(), seal.problem(), c == null ? null : verification(c), matches);
    }

    /** How an organisation signs its documents (a blank profile when it has none yet); its administrators only. */
    public IssuerProfile profile(Caller caller, String organisationId) {
        if (organisationId == null || !caller.canAdminister(organisationId) || em.find(Organisation.class, organisationId) == null) {
            throw Problem.notFound("socle.issuer.notFound");
        }
        var profile = em.find(IssuerProfile.class, organisationId);
        return profile != null ? profile : new IssuerProfile(organisationId, clock.now());
    }

    /** Sets the signatory, agrément number and logo (PNG, or null to keep the current one) of an organisation's documents. */
    @Transactional
    public IssuerProfile saveProfile(Caller caller, String organisationId, String signatoryName,
                                                                  String signatoryTitle, String agrement, byte[] logo) {
        profile(caller, organisationId);
        var profile = em.find(IssuerProfile.class, organisationId);
        if (profile == null) {
            profile = new IssuerProfile(organisationId, clock.now());
            em.persist(profile);
        }
        try {
            profile.change(signatoryName, signatoryTitle, agrement, clock.now());
            if (logo != null) {
                profile.logo(logo, clock.now());
            }
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.issuer.invalid", e.getMessage());
        }
        return profile;
    }

    /** Enrolments of the organisations the caller trains in that have started: those documents can be issued for. */
    public List<EnrolmentRef> issuable(Caller caller) {
        return records.started(caller.platformAdmin() ? null : caller.taught(), MAX_LIST);
    }
}

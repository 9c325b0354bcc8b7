package fr.socle.export.boundary;

import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.certification.entity.Certificate;
import fr.socle.certification.entity.CertificatePdf;
import fr.socle.certification.entity.IssuerProfile;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.learning.boundary.ProfileType;
import fr.socle.export.control.AgrementDossier;
import fr.socle.export.control.ExportRequest;
import fr.socle.platform.Caller;
import fr.socle.identity.boundary.Trainers;
import fr.socle.identity.entity.Account;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Formats;
import fr.socle.platform.Period;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the élus' agrément dossier reads, each query scoped to the one organisation asked for, in
 * short transactions: the rows of the dossier first, then each file's content one at a time.
 * <p>
 * Its scope: the élus are the learners whose profile type is ELU; their hours are the ledger entries
 * of the organisation that occurred in the period; the sessions are the organisation's sessions with
 * a half-day in the period and an élu among their learners; the programmes, those of the élus' hours
 * and of these sessions (the latest version they followed); the trainers, those who counter-signed
 * these sessions' sheets in the period; the documents, those the organisation issued to élus in the
 * period.
 */
@ApplicationScoped
@Transactional
public class AgrementReads {

    /** The message key prefix of an audience's name. */
    private static final String AUDIENCE = "socle.audience.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Trainers trainers;

    public AgrementDossier.Contents contents(Caller caller, ExportRequest r) {
        String org = r.organisationId();
        Organisation o = em.find(Organisation.class, org);
        if (o == null || !caller.canAdminister(org)) {
            throw Problem.notFound("socle.organisation.notFound");
        }
        Period period = new Period(r.from(), r.to());
        Instant from = period.start(Formats.PARIS);
        Instant to = period.end(Formats.PARIS);

        List<AgrementDossier.Hours> hours = new ArrayList<>();
        em.createQuery("SELECT h.learnerId, a.displayName, h.programmeCode, SUM(h.minutes) FROM HoursEntry h, LearnerProfile lp, Account a "
                        + "WHERE lp.accountId = h.learnerId AND a.id = h.learnerId AND lp.type = :elu AND h.organisationId = :org "
                        + "AND h.occurredAt >= :from AND h.occurredAt < :to GROUP BY h.learnerId, a.displayName, h.programmeCode", Object[].class)
                .setParameter("elu", ProfileType.ELU).setParameter("org", org).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(row -> hours.add(new AgrementDossier.Hours((String) row[0], (String) row[1], (String) row[2],
                        ((Number) row[3]).intValue())));
        Number ledger = em.createQuery("SELECT SUM(h.minutes) FROM HoursEntry h, LearnerProfile lp WHERE lp.accountId = h.learnerId "
                        + "AND lp.type = :elu AND h.organisationId = :org AND h.occurredAt >= :from AND h.occurredAt < :to", Number.class)
                .setParameter("elu", ProfileType.ELU).setParameter("org", org).setParameter("from", from).setParameter("to", to).getSingleResult();
        if ((ledger == null ? 0 : ledger.intValue()) != hours.stream().mapToInt(AgrementDossier.Hours::minutes).sum()) {
            throw new IllegalStateException("the élus' hours of " + org + " do not add up to the ledger's total");
        }

        List<TrainingSession> sessions = em.createQuery("SELECT DISTINCT s FROM TrainingSession s JOIN s.learners e, LearnerProfile lp, HalfDay h "
                        + "WHERE h.session = s AND lp.accountId = e.learner.id AND lp.type = :elu AND s.organisation.id = :org "
                        + "AND h.date >= :from AND h.date <= :to", TrainingSession.class)
                .setParameter("elu", ProfileType.ELU).setParameter("org", org).setParameter("from", r.from()).setParameter("to", r.to())
                .getResultList();

        Map<String, ProgrammeVersion> versions = new LinkedHashMap<>();
        // the ids, DISTINCT: a version has a large text column, which databases do not compare
        em.createQuery("SELECT DISTINCT e.version.id FROM Enrolment e WHERE e.organisation.id = :org AND e.id IN (SELECT h.enrolmentId "
                        + "FROM HoursEntry h, LearnerProfile lp WHERE lp.accountId = h.learnerId AND lp.type = :elu AND h.organisationId = :org "
                        + "AND h.occurredAt >= :from AND h.occurredAt < :to)", String.class)
                .setParameter("elu", ProfileType.ELU).setParameter("org", org).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(id -> latest(versions, em.find(ProgrammeVersion.class, id)));
        sessions.forEach(s -> latest(versions, s.getVersion()));

        List<AgrementDossier.Session> sessionRows = new ArrayList<>();
        List<AgrementDossier.SheetRef> sheets = new ArrayList<>();
        Map<String, Set<String>> sessionsOfTrainer = new LinkedHashMap<>();
        for (TrainingSession s : sessions) {
            List<HalfDay> inPeriod = s.getHalfDays().stream().filter(h -> !h.getDate().isBefore(r.from()) && !h.getDate().isAfter(r.to()))
                    .sorted(Comparator.comparing(HalfDay::getDate).thenComparing(HalfDay::getPeriod)).toList();
            Set<String> trainerIds = new LinkedHashSet<>();
            for (HalfDay h : inPeriod) {
                if (h.isSealed()) {
                    sheets.add(new AgrementDossier.SheetRef(h.getId(), s.getId(), h.getDate(), h.getPeriod().name()));
                    trainerIds.add(h.getSealedBy());
                    sessionsOfTrainer.computeIfAbsent(h.getSealedBy(), k -> new LinkedHashSet<>()).add(s.getId());
                }
            }
            sessionRows.add(new AgrementDossier.Session(s.getId(), s.getVersion().getProgramme().getCode(), s.getModuleCode(), s.getTitle(),
                    inPeriod.get(0).getDate(), inPeriod.get(inPeriod.size() - 1).getDate(), s.getPlace(),
                    trainerIds.stream().map(this::name).toList(), s.getLearners().size()));
        }

        List<AgrementDossier.Trainer> trainerRows = new ArrayList<>();
        sessionsOfTrainer.forEach((id, ofTrainer) -> trainerRows.add(new AgrementDossier.Trainer(id, name(id), ofTrainer.size(),
                trainers.heldDuring(org, id, r.from(), r.to()).stream().map(q -> new AgrementDossier.Qualification(q.title(),
                        q.awardedBy(), q.obtainedOn(), q.validUntil(), q.description())).toList())));

        List<AgrementDossier.DocumentRef> documents = em.createQuery("SELECT c FROM Certificate c, LearnerProfile lp WHERE lp.accountId = c.holderId "
                        + "AND lp.type = :elu AND (c.organisationId = :org OR c.issuerId = :org) AND c.issuedAt >= :from AND c.issuedAt < :to",
                        Certificate.class)
                .setParameter("elu", ProfileType.ELU).setParameter("org", org).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(c -> new AgrementDossier.DocumentRef(c.getId(), c.getCode(), c.getKind().name(), c.getHolderName(),
                        c.getProgrammeCode(), c.getMinutes(), c.getIssuedAt(), c.getRevokedAt() != null)).toList();

        IssuerProfile issuer = em.find(IssuerProfile.class, org);
        return AgrementDossier.sorted(new AgrementDossier.Contents(o.getName(), o.getSiret(), issuer == null ? null : issuer.getAgrement(),
                r.from(), r.to(), versions.values().stream().map(AgrementReads::sheet).toList(), trainerRows, sessionRows, hours, sheets,
                documents));
    }

    /** The sealed PDF of an issued document of the organisation, as stored, checked against the hash recorded when it was issued. */
    public byte[] documentPdf(Caller caller, String organisationId, String certificateId) {
        Certificate c = em.find(Certificate.class, certificateId);
        if (c == null || !caller.canAdminister(organisationId)
                || !(organisationId.equals(c.getOrganisationId()) || organisationId.equals(c.getIssuerId()))) {
            throw Problem.notFound("socle.certificate.notFound");
        }
        byte[] pdf = em.find(CertificatePdf.class, c.getId()).getContent();
        if (!sha256(pdf).equals(c.getPdfSha256())) {
            throw Problem.conflict("socle.export.documentAltered", c.getCode());
        }
        return pdf;
    }

    private static void latest(Map<String, ProgrammeVersion> versions, ProgrammeVersion v) {
        versions.merge(v.getProgramme().getCode(), v, (a, b) -> a.getNumber() >= b.getNumber() ? a : b);
    }

    private String name(String accountId) {
        Account a = accountId == null ? null : em.find(Account.class, accountId);
        return a == null ? "?" : a.getDisplayName();
    }

    private static AgrementDossier.ProgrammeSheet sheet(ProgrammeVersion v) {
        return new AgrementDossier.ProgrammeSheet(v.getProgramme().getCode(), v.getNumber(), v.getTitle(),
                Messages.get(Messages.DEFAULT, AUDIENCE + v.getAudience()), List.copyOf(v.getObjectives()), v.hours(),
                v.getPrerequisites(), v.getAssessment(), v.getAccessibility(),
                v.modules().stream().map(AgrementReads::module).toList());
    }

    private static AgrementDossier.ModuleLine module(Module m) {
        return new AgrementDossier.ModuleLine(m.getCode(), m.getTitle(), m.getHours(), m.getModality() == null ? null : m.getModality().name());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

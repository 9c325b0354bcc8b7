package fr.socle.verification.boundary;

import fr.socle.certification.boundary.Certificates;
import fr.socle.certification.boundary.Verification;
import fr.socle.certification.entity.Certificate;
import fr.socle.identity.control.Caller;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Formats;
import fr.socle.platform.Problem;
import fr.socle.verification.control.VerificationCsv;
import fr.socle.verification.entity.RegistrarConsultation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What registrars do: verify codes in bulk, search and export the read-only register of documents
 * across every organisation. Only registrars and platform administrators; each consultation is logged.
 */
@ApplicationScoped
@Transactional
public class Registrar {

    @PersistenceContext
    EntityManager em;

    @Inject
    Certificates certificates;

    @Inject
    Verifications verifications;

    @Inject
    Clock clock;

    /** One line of the register. */
    public record Entry(Certificate certificate, Certificate.Status status, String organisation, String issuer) {
    }

    /** Bulk verification: a CSV of codes in, a CSV of answers out (unknown codes say UNKNOWN). */
    public byte[] verifyCsv(Caller caller, byte[] csv) {
        require(caller);
        List<String> codes;
        try {
            codes = VerificationCsv.codes(csv);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.registrar.badCsv", VerificationCsv.MAX_CODES);
        }
        List<List<Object>> lines = new ArrayList<>();
        int known = 0;
        for (String code : codes) {
            var v = verifications.verify(code);
            if (v.isPresent()) {
                known++;
                lines.add(line(v.get()));
            } else {
                lines.add(java.util.Arrays.asList(code, "UNKNOWN", null, null, null, null, null, null, null, null, null, null, null, null));
            }
        }
        log(caller, RegistrarConsultation.Action.BULK_VERIFY, codes.size() + " code(s)", known);
        return VerificationCsv.write(VerificationCsv.HEADER, lines);
    }

    private static List<Object> line(Verification v) {
        return java.util.Arrays.asList(v.code(), v.status().name(), v.kind().name(), v.holderName(), v.title(), v.specialisationsText(),
                fr.socle.progress.control.HoursLedger.hours(v.minutes()), v.level(), v.issuedAt(), v.expiresOn(), v.revokedAt(),
                v.revocationReason(), v.supersededBy(), v.issuerName());
    }

    /** A registrar verified one code (page or API, signed in): logged like the rest. */
    public void logVerification(Caller caller, String code, boolean found) {
        log(caller, RegistrarConsultation.Action.VERIFY, code, found ? 1 : 0);
    }

    /** The register: documents of every organisation, searched by holder, title or code, newest first (at most 500). */
    public List<Entry> search(Caller caller, String query) {
        require(caller);
        List<Entry> entries = entries(certificates.register(query));
        log(caller, RegistrarConsultation.Action.SEARCH, query, entries.size());
        return entries;
    }

    /** The register as CSV, for the same search. */
    public byte[] exportCsv(Caller caller, String query) {
        require(caller);
        List<Entry> entries = entries(certificates.register(query));
        log(caller, RegistrarConsultation.Action.EXPORT, query, entries.size());
        List<List<Object>> lines = entries.stream().map(e -> java.util.Arrays.<Object>asList(e.certificate().getCode(), e.status().name(),
                e.certificate().getKind().name(), e.certificate().getHolderName(), e.certificate().getTitle(), e.certificate().getProgrammeCode(),
                fr.socle.progress.control.HoursLedger.hours(e.certificate().getMinutes()), e.certificate().getLevel(),
                e.certificate().getIssuedAt(), e.certificate().getExpiresOn(), e.certificate().getRevokedAt(), e.organisation(), e.issuer()))
                .toList();
        return VerificationCsv.write(List.of("code", "status", "document", "holder", "title", "programme", "hours", "level", "issued_at",
                "expires_on", "revoked_at", "organisation", "issuer"), lines);
    }

    /** The latest consultations, for whoever audits registrars (platform administrators). */
    public List<RegistrarConsultation> consultations(Caller caller) {
        if (!caller.platformAdmin()) {
            throw Problem.forbidden("socle.registrar.only");
        }
        return em.createNamedQuery(RegistrarConsultation.LATEST, RegistrarConsultation.class).setMaxResults(500).getResultList();
    }

    /** A registrar's own consultations. */
    public List<RegistrarConsultation> mine(Caller caller) {
        require(caller);
        return em.createNamedQuery(RegistrarConsultation.OF_ACCOUNT, RegistrarConsultation.class).setParameter("account", caller.accountId())
                .setMaxResults(100).getResultList();
    }

    private List<Entry> entries(List<Certificate> list) {
        LocalDate today = LocalDate.now(Formats.PARIS);
        var ids = list.stream().flatMap(c -> java.util.stream.Stream.of(c.getOrganisationId(), c.getIssuerId())).collect(Collectors.toSet());
        Map<String, String> names = ids.isEmpty() ? Map.of()
                : em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class).setParameter("ids", ids)
                        .getResultStream().collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a));
        return list.stream().map(c -> new Entry(c, c.status(today), names.get(c.getOrganisationId()), names.get(c.getIssuerId()))).toList();
    }

    private void log(Caller caller, RegistrarConsultation.Action action, String detail, int results) {
        em.persist(new RegistrarConsultation(caller.accountId(), action, detail, results, clock.now()));
    }

    private static void require(Caller caller) {
        if (!caller.isRegistrar() && !caller.platformAdmin()) {
            throw Problem.forbidden("socle.registrar.only");
        }
    }

}

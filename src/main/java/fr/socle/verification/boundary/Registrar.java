package fr.socle.verification.boundary;

import fr.socle.platform.Xlsx;
import fr.socle.certification.boundary.Certificates;
import fr.socle.certification.boundary.Verification;
import fr.socle.certification.entity.Certificate;
import fr.socle.platform.Caller;
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
                Formats.minutesAsHours(v.minutes()), v.level(), v.issuedAt(), v.expiresOn(), v.revokedAt(),
                v.revocationReason(), v.supersededBy(), v.issuerName());
    }

    /** A registrar verified one code (page or API, signed in): logged like the rest. */
    public void logVerification(Caller caller, String code, boolean found) {
        log(caller, RegistrarConsultation.Action.VERIFY, code, found ? 1 : 0);
    }

    /**
     * What the register is filtered by; every part optional.
     *
     * @param query        holder, title or code contains (case-insensitive)
     * @param programme    the programme's code, exactly
     * @param issuedFrom   issued on or after this day (Paris time)
     * @param issuedTo     issued on or before this day (Paris time)
     * @param organisation the organisation of the training or the issuer, by id
     */
    public record Filter(String query, String programme, LocalDate issuedFrom, LocalDate issuedTo, String organisation) {

        public Filter {
            query = blank(query);
            programme = blank(programme);
            organisation = blank(organisation);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        /** The filter as the consultation log keeps it. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (query != null) {
                parts.add("q=" + query);
            }
            if (programme != null) {
                parts.add("programme=" + programme);
            }
            if (issuedFrom != null) {
                parts.add("from=" + issuedFrom);
            }
            if (issuedTo != null) {
                parts.add("to=" + issuedTo);
            }
            if (organisation != null) {
                parts.add("organisation=" + organisation);
            }
            if (parts.size() == 1 && query != null) {
                return query;
            }
            return parts.isEmpty() ? null : String.join("; ", parts);
        }
    }

    /** The register, filtered, newest first (at most 500). */
    public List<Entry> search(Caller caller, Filter filter) {
        require(caller);
        List<Entry> entries = entries(register(filter));
        log(caller, RegistrarConsultation.Action.SEARCH, filter.describe(), entries.size());
        return entries;
    }

    public static final List<String> EXPORT_HEADER = List.of("code", "status", "document", "holder", "title", "programme", "hours", "level",
            "issued_at", "expires_on", "revoked_at", "organisation", "issuer");

    /** The register as CSV, filtered. */
    public byte[] exportCsv(Caller caller, Filter filter) {
        return VerificationCsv.write(EXPORT_HEADER, exported(caller, filter, "csv").stream()
                .map(e -> java.util.Arrays.<Object>asList(e.certificate().getCode(), e.status().name(),
                        e.certificate().getKind().name(), e.certificate().getHolderName(), e.certificate().getTitle(), e.certificate().getProgrammeCode(),
                        Formats.minutesAsHours(e.certificate().getMinutes()), e.certificate().getLevel(),
                        e.certificate().getIssuedAt(), e.certificate().getExpiresOn(), e.certificate().getRevokedAt(), e.organisation(), e.issuer()))
                .toList());
    }

    /** The register as an Excel workbook, filtered: one sheet "Registre", the columns of the CSV, hours as a decimal number. */
    public byte[] exportXlsx(Caller caller, Filter filter) {
        Xlsx x = new Xlsx().sheet("Registre", EXPORT_HEADER);
        for (Entry e : exported(caller, filter, "xlsx")) {
            Certificate c = e.certificate();
            x.row(c.getCode(), e.status().name(), c.getKind().name(), c.getHolderName(), c.getTitle(), c.getProgrammeCode(),
                    java.math.BigDecimal.valueOf(c.getMinutes()).divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP),
                    c.getLevel(), c.getIssuedAt(), c.getExpiresOn(), c.getRevokedAt(), e.organisation(), e.issuer());
        }
        return x.bytes();
    }

    private List<Entry> exported(Caller caller, Filter filter, String format) {
        require(caller);
        List<Entry> entries = entries(register(filter));
        String detail = filter.describe();
        log(caller, RegistrarConsultation.Action.EXPORT, format + (detail == null ? "" : ": " + detail), entries.size());
        return entries;
    }

    /** The documents of every organisation matching a filter, newest first, at most {@link Certificates#MAX_LIST}. */
    private List<Certificate> register(Filter f) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Certificate c WHERE 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (f.query() != null) {
            jpql.append(" AND (LOWER(c.holderName) LIKE :q OR LOWER(c.title) LIKE :q OR LOWER(c.code) LIKE :q)");
            params.put("q", "%" + f.query().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (f.programme() != null) {
            jpql.append(" AND c.programmeCode = :p");
            params.put("p", f.programme());
        }
        if (f.organisation() != null) {
            jpql.append(" AND (c.organisationId = :o OR c.issuerId = :o)");
            params.put("o", f.organisation());
        }
        if (f.issuedFrom() != null) {
            jpql.append(" AND c.issuedAt >= :from");
            params.put("from", f.issuedFrom().atStartOfDay(Formats.PARIS).toInstant());
        }
        if (f.issuedTo() != null) {
            jpql.append(" AND c.issuedAt < :to");
            params.put("to", f.issuedTo().plusDays(1).atStartOfDay(Formats.PARIS).toInstant());
        }
        jpql.append(" ORDER BY c.issuedAt DESC");
        var q = em.createQuery(jpql.toString(), Certificate.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(Certificates.MAX_LIST).getResultList();
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

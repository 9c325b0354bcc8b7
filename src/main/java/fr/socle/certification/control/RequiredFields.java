package fr.socle.certification.control;

import fr.socle.certification.boundary.DocumentKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The facts a document must state before it may be issued: what the law or the domain requires of
 * each kind (the documents table of the domain brief). A document with a missing fact is refused,
 * not printed with a blank.
 * <p>
 * Every kind needs {@code kind}, {@code code}, {@code verifyUrl} and {@code issuedAt} (the
 * verification), {@code holderName} and {@code title} (who did what), {@code issuerName} and
 * {@code signatoryName} (who states it). Then:
 * <ul>
 * <li>{@link DocumentKind#CERTIFICAT}: {@code competences} (the competences or blocks validated) and
 * {@code minutes} &gt; 0. Spécialisations, level and expiry are printed when known: a certificate of
 * one spécialisation has none of its own, not every cursus targets a levelled certification, and
 * most certificates do not expire.</li>
 * <li>{@link DocumentKind#ATTESTATION_FIN_FORMATION} (Code du travail, L6353-1): {@code objectives},
 * {@code nature}, {@code minutes} &gt; 0 (the duration) and {@code results} (the results of the
 * assessment of learning).</li>
 * <li>{@link DocumentKind#CERTIFICAT_REALISATION} (the Ministry of Labour's model): {@code employer},
 * {@code nature} (L6313-1), {@code startDate}, {@code endDate}, {@code minutes} &gt; 0 (hours completed)
 * and {@code signatoryTitle} (the model asks for the signatory's capacity).</li>
 * <li>{@link DocumentKind#ATTESTATION_ASSIDUITE} (élus, for the DIFE): {@code startDate},
 * {@code endDate}, {@code minutes} &gt; 0 (hours attended) and {@code agrement} (only an agreed
 * provider may train élus).</li>
 * </ul>
 * An end date before the start date is reported as a missing {@code endDate}: such a period states nothing.
 */
public final class RequiredFields {

    private RequiredFields() {
    }

    /** The names (as in {@link DocumentFacts}) of the required facts that are null, blank or empty; empty if none is. */
    public static List<String> missing(DocumentFacts f) {
        List<String> missing = new ArrayList<>();
        if (f.kind() == null) {
            missing.add("kind");
        }
        blank(missing, "code", f.code());
        blank(missing, "verifyUrl", f.verifyUrl());
        absent(missing, "issuedAt", f.issuedAt());
        blank(missing, "holderName", f.holderName());
        blank(missing, "title", f.title());
        blank(missing, "issuerName", f.issuerName());
        blank(missing, "signatoryName", f.signatoryName());
        if (f.kind() == null) {
            return List.copyOf(missing);
        }
        switch (f.kind()) {
            case CERTIFICAT -> {
                empty(missing, "competences", f.competences());
                hours(missing, f);
            }
            case ATTESTATION_FIN_FORMATION -> {
                empty(missing, "objectives", f.objectives());
                blank(missing, "nature", f.nature());
                hours(missing, f);
                empty(missing, "results", f.results());
            }
            case CERTIFICAT_REALISATION -> {
                blank(missing, "employer", f.employer());
                blank(missing, "nature", f.nature());
                period(missing, f);
                hours(missing, f);
                blank(missing, "signatoryTitle", f.signatoryTitle());
            }
            case ATTESTATION_ASSIDUITE -> {
                period(missing, f);
                hours(missing, f);
                blank(missing, "agrement", f.agrement());
            }
        }
        return List.copyOf(missing);
    }

    private static void blank(List<String> missing, String name, String value) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }

    private static void absent(List<String> missing, String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
    }

    private static void empty(List<String> missing, String name, Collection<String> values) {
        if (values.isEmpty() || values.stream().allMatch(v -> v == null || v.isBlank())) {
            missing.add(name);
        }
    }

    private static void hours(List<String> missing, DocumentFacts f) {
        if (f.minutes() <= 0) {
            missing.add("minutes");
        }
    }

    private static void period(List<String> missing, DocumentFacts f) {
        absent(missing, "startDate", f.startDate());
        if (f.endDate() == null || (f.startDate() != null && f.endDate().isBefore(f.startDate()))) {
            missing.add("endDate");
        }
    }
}

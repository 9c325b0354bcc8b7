package fr.socle.certification.control;

import fr.socle.certification.boundary.DocumentKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an issued document states, as it is printed on the PDF and carried by the credential.
 * The record of an issued document is the one source of these facts; templates, the required-field
 * check, the PDF and the Open Badges credential all read them from here.
 *
 * @param kind            which document
 * @param code            the verification code, e.g. {@code CRT-7KX3M9QA}
 * @param verifyUrl       the public verification page, pre-filled with the code (the QR code's target)
 * @param holderName      the learner's full name
 * @param holderId        the learner's opaque subject id, {@code urn:uuid:…}
 * @param employer        the learner's organisation (employer), if any
 * @param programmeCode   the programme's code
 * @param title           the action's / programme's title
 * @param specialisations the spécialisations validated (titles), possibly empty
 * @param competences     competences or blocks validated, as printed ("CCP1 — Accompagner …")
 * @param objectives      the action's objectives
 * @param nature          the action's nature (L6313-1), e.g. "Action de formation"
 * @param modality        how it was delivered (présentiel, distanciel, mixte), as printed
 * @param minutes         minutes completed (hours ledger)
 * @param level           the level of the target certification, if any
 * @param startDate       first day of training, if known
 * @param endDate         last day of training, if known
 * @param results         results of the assessment of learning, as printed lines
 * @param issuedAt        when the document was issued
 * @param expiresOn       last day of validity, if it expires
 * @param issuerId        the issuing organisation's id
 * @param issuerName      the issuing organisation's name
 * @param issuerSiret     its SIRET, if any
 * @param agrement        its agrément number to train élus, if any (attestation d'assiduité)
 * @param signatoryName   who signs for the issuer
 * @param signatoryTitle  their title
 * @param supersedes      the code of the document this one replaces, if it is a reissue
 */
public record DocumentFacts(
        DocumentKind kind,
        String code,
        String verifyUrl,
        String holderName,
        String holderId,
        String employer,
        String programmeCode,
        String title,
        List<String> specialisations,
        List<String> competences,
        List<String> objectives,
        String nature,
        String modality,
        int minutes,
        Integer level,
        LocalDate startDate,
        LocalDate endDate,
        List<String> results,
        Instant issuedAt,
        LocalDate expiresOn,
        String issuerId,
        String issuerName,
        String issuerSiret,
        String agrement,
        String signatoryName,
        String signatoryTitle,
        String supersedes) {

    public DocumentFacts {
        specialisations = specialisations == null ? List.of() : List.copyOf(specialisations);
        competences = competences == null ? List.of() : List.copyOf(competences);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        results = results == null ? List.of() : List.copyOf(results);
    }
}

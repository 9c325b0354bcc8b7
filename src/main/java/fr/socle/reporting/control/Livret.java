package fr.socle.reporting.control;

import fr.socle.platform.Formats;
import fr.socle.platform.ReportPdf;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The <i>livret individuel de formation</i> of an agent: who they are (name, employer), the trainings
 * they followed (with dates and hours from the hours ledger) and the documents they hold, valid or not
 * (expired, revoked and replaced ones are flagged), as a tagged PDF in French.
 *
 * @param name      the agent's name
 * @param employer  the employer's name (or SIRET) from the learner's profile; null when unknown
 * @param madeAt    when the livret was made
 * @param scope     null for the whole livret; otherwise what it is limited to (the organisations a reader administers)
 */
public record Livret(String name, String email, String employer, Instant madeAt, String scope, List<Training> trainings,
                     List<Document> documents) {

    /**
     * A training followed: one enrolment.
     *
     * @param module the module's code and title when the enrolment is to a single module, else null
     * @param from   the first ledger entry's day, else the entry or enrolment day
     * @param to     the last ledger entry's day, else the end day (null while running)
     * @param status the enrolment's status, in French
     */
    public record Training(String programme, String title, String module, String organisation, LocalDate from, LocalDate to,
                          String status, long minutes) {

        public String hours() {
            return Formats.minutesAsHours((int) minutes);
        }
    }

    /** A document held: {@code valid} false for an expired, revoked or replaced one, {@code state} saying which in French. */
    public record Document(String kind, String title, String code, LocalDate issuedOn, boolean valid, String state) {
    }

    /** Total minutes of the trainings listed. */
    public long minutes() {
        return trainings.stream().mapToLong(Training::minutes).sum();
    }

    public byte[] pdf() {
        ReportPdf r = ReportPdf.titled("Livret individuel de formation — " + name);
        r.paragraph("Agent : " + name + (email == null ? "" : " (" + email + ")"));
        r.paragraph("Employeur : " + (employer == null ? "non renseigné" : employer));
        r.paragraph("Établi le " + ReportPdf.text(madeAt) + " (heure de Paris), d’après le registre des heures et le registre des documents.");
        if (scope != null) {
            r.paragraph("Limité " + scope + ".");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Training t : trainings) {
            rows.add(java.util.Arrays.asList(t.title() + (t.module() == null ? "" : " — module " + t.module()), t.organisation(), t.from(),
                    t.to(), t.status(), t.hours()));
        }
        r.table("Formations suivies (" + trainings.size() + ", " + Formats.minutesAsHours((int) minutes()) + ")",
                List.of("Formation", "Organisme", "Du", "Au", "Statut", "Durée"), rows);
        List<List<Object>> docs = new ArrayList<>();
        for (Document d : documents) {
            docs.add(java.util.Arrays.asList(d.kind(), d.title(), d.code(), d.issuedOn(), d.state()));
        }
        r.table("Certifications et attestations détenues (" + documents.stream().filter(Document::valid).count() + " valables sur "
                + documents.size() + ")", List.of("Document", "Intitulé", "Code", "Délivré le", "État"), docs);
        return r.pdf();
    }
}

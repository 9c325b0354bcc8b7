package fr.socle.certification.control;

import fr.socle.certification.boundary.DocumentKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Complete facts of each kind of document, as issuance would gather them, for tests to start from. */
final class SampleFacts {

    private SampleFacts() {
    }

    static DocumentFacts complete(DocumentKind kind) {
        String code = kind.prefix() + "-7KX3M9QA";
        return switch (kind) {
            case CERTIFICAT -> new DocumentFacts(kind, code, "https://socle.example/verifier?code=" + code,
                    "Élodie Lefèvre-N’Diaye", "urn:uuid:0b6f2a51-6c1e-4f3e-9d0a-3f1c2b7e8a90", "Commune de Saint-Étienne-du-Rouvray",
                    "CMN-2026", "Cursus Médiation numérique",
                    List.of("SP-INS — Insertion", "SP-DD — Développement durable / numérique responsable"),
                    List.of("CCP1 — Accompagner différents publics vers l’autonomie dans les usages des technologies, services et médias numériques",
                            "CCP2 — Contribuer au développement d’un espace de médiation numérique et de ses projets"),
                    List.of(), "Action de formation", "Mixte", 408 * 60 + 30, 5,
                    LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 26), List.of(),
                    Instant.parse("2026-07-01T08:30:00Z"), LocalDate.of(2031, 6, 30),
                    "org-1", "Syndicat mixte « Numérique 76 »", "25760012300015", null,
                    "Anne Martin", "Directrice", null);
            case ATTESTATION_FIN_FORMATION -> new DocumentFacts(kind, code, "https://socle.example/verifier?code=" + code,
                    "Élodie Lefèvre-N’Diaye", "urn:uuid:0b6f2a51-6c1e-4f3e-9d0a-3f1c2b7e8a90", "Commune de Saint-Étienne-du-Rouvray",
                    "TC1", "Accueillir les publics", List.of(), List.of(),
                    List.of("Identifier les besoins numériques d’une personne accueillie", "Orienter vers le bon service — en ligne ou au guichet"),
                    "Action de formation", "Présentiel", 35 * 60, null,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6),
                    List.of("Objectifs atteints : 4 sur 4", "Mise en situation réussie (16/20)"),
                    Instant.parse("2026-03-06T16:00:00Z"), null,
                    "org-1", "Syndicat mixte « Numérique 76 »", "25760012300015", null,
                    "Anne Martin", "Directrice", null);
            case CERTIFICAT_REALISATION -> new DocumentFacts(kind, code, "https://socle.example/verifier?code=" + code,
                    "Élodie Lefèvre-N’Diaye", "urn:uuid:0b6f2a51-6c1e-4f3e-9d0a-3f1c2b7e8a90", "Commune de Saint-Étienne-du-Rouvray",
                    "TC5", "RGPD, démarches en ligne, Aidants Connect", List.of(), List.of(), List.of(),
                    "Action de formation", "Distanciel synchrone", 4 * 60 + 10, null,
                    LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), List.of(),
                    Instant.parse("2026-04-03T09:00:00Z"), null,
                    "org-1", "Syndicat mixte « Numérique 76 »", "25760012300015", null,
                    "Anne Martin", "Directrice", null);
            case ATTESTATION_ASSIDUITE -> new DocumentFacts(kind, code, "https://socle.example/verifier?code=" + code,
                    "Jean-Loïc Rémy", "urn:uuid:5d1c8e2f-0a3b-4c6d-8e9f-1a2b3c4d5e6f", "Conseil municipal de Bois-Guillaume",
                    "ELU-1", "Stratégie d’inclusion numérique du territoire", List.of(), List.of(), List.of(),
                    "Action de formation", "Présentiel", 7 * 60, null,
                    LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 12), List.of(),
                    Instant.parse("2026-05-13T07:00:00Z"), null,
                    "org-1", "Syndicat mixte « Numérique 76 »", "25760012300015", "2024-76-017",
                    "Anne Martin", "Directrice", null);
        };
    }
}

package fr.socle.testing;

import fr.socle.catalogue.boundary.Programmes;
import fr.socle.catalogue.control.CourseFiles;
import fr.socle.certification.entity.IssuerProfile;
import fr.socle.identity.entity.Account;
import fr.socle.organisation.boundary.OrganisationKind;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Caller;
import fr.socle.platform.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The world the facade tests start from, built through the harness: two organisations (a commune, whose issuer
 * profile names a signatory, and a department), people with roles in each, and one published public programme,
 * imported by the catalogue facade ({@link Programmes#importSeed}) from a small course written here that uses the
 * seed's real competence framework ({@code courses/frameworks/pix-crcn.yaml}).
 * <p>
 * The programme {@value #PROGRAMME}: one tronc commun, one module {@value #MODULE} of 2 hours with a lesson
 * ({@value #LESSON_MINUTES} min), a tutorial ({@value #TUTORIAL_MINUTES} min) and a quiz ({@value #QUIZ_MINUTES} min,
 * pass mark 50, two attempts, two questions: a single choice whose first choice is right, a true/false whose answer is
 * true).
 */
public final class World {

    public static final String PROGRAMME = "FACADES";
    public static final String MODULE = "FM1";
    public static final String TITLE = "Programme des tests de facades";
    public static final int LESSON_MINUTES = 45;
    public static final int TUTORIAL_MINUTES = 15;
    public static final int QUIZ_MINUTES = 20;

    /** One person: its account id and the caller it acts as. */
    public record Person(String id, String email, String name, Caller caller) {
    }

    public final String commune;
    public final String department;
    /** The commune's administrator, trainer and learner. */
    public final Person admin;
    public final Person trainer;
    public final Person learner;
    /** A second learner of the commune. */
    public final Person learner2;
    /** The department's trainer and learner: another tenant. */
    public final Person outsider;
    public final Person outsideLearner;

    private World(Harness h) {
        Instant now = h.clock.now();
        Map<String, Person> people = new LinkedHashMap<>();
        String[] orgs = h.tx(() -> {
            Organisation c = new Organisation("Commune de Die", OrganisationKind.COMMUNE, null, null, now);
            Organisation d = new Organisation("Département de la Drôme", OrganisationKind.DEPARTEMENT, null, null, now);
            h.em().persist(c);
            h.em().persist(d);
            IssuerProfile profile = new IssuerProfile(c.getId(), now);
            profile.change("Camille Martin", "Maire", null, now);
            h.em().persist(profile);
            person(h, people, "admin", "Alix Admin", c, Role.ORG_ADMIN, now);
            person(h, people, "trainer", "Théo Formateur", c, Role.TRAINER, now);
            person(h, people, "learner", "Léa Apprenante", c, Role.LEARNER, now);
            person(h, people, "learner2", "Louis Apprenant", c, Role.LEARNER, now);
            person(h, people, "outsider", "Olga Formatrice", d, Role.TRAINER, now);
            person(h, people, "outsideLearner", "Oscar Apprenant", d, Role.LEARNER, now);
            return new String[] {c.getId(), d.getId()};
        });
        commune = orgs[0];
        department = orgs[1];
        admin = people.get("admin");
        trainer = people.get("trainer");
        learner = people.get("learner");
        learner2 = people.get("learner2");
        outsider = people.get("outsider");
        outsideLearner = people.get("outsideLearner");
        try {
            h.tx(() -> h.bean(Programmes.class).importSeed(course()));
        } catch (fr.socle.platform.Problem p) {
            throw new IllegalStateException("the world's programme was refused: " + p.key() + " " + p.details(), p);
        }
    }

    /** Builds the world in the harness's (clean) database. */
    public static World build(Harness h) {
        return new World(h);
    }

    private static void person(Harness h, Map<String, Person> people, String key, String name, Organisation org, Role role,
                               Instant now) {
        String email = key.toLowerCase(java.util.Locale.ROOT) + "@" + (org.getName().startsWith("Commune") ? "die" : "drome")
                + ".example.org";
        Account a = new Account(email, name, "not-a-hash", now);
        a.grant(org, role, now);
        h.em().persist(a);
        Set<String> administered = role == Role.ORG_ADMIN ? Set.of(org.getId()) : Set.of();
        people.put(key, new Person(a.getId(), a.getEmail(), name,
                new Caller(a.getId(), a.getEmail(), name, false, Map.of(org.getId(), Set.of(role)), administered)));
    }

    /** The course files: the seed's pix-crcn framework and the small programme. */
    static CourseFiles course() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            files.put("frameworks/pix-crcn.yaml", Files.readAllBytes(Path.of("courses/frameworks/pix-crcn.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        put(files, "facades/programme.yaml", """
                code: %s
                title: %s
                audience: AGENT
                sheet:
                  objectives: [ "Accompagner un usager dans une démarche en ligne" ]
                  prerequisites: Aucun
                  assessment: Quiz
                  accessibility: Accessible
                components:
                  - code: TC
                    kind: TRONC_COMMUN
                    title: Tronc commun
                    modules: [%s]
                """.formatted(PROGRAMME, TITLE, MODULE));
        put(files, "facades/modules/" + MODULE + "/module.yaml", """
                code: %s
                title: Accueillir un usager
                hours: 2
                modality: DISTANCIEL_ASYNCHRONE
                objectives: [ "Accueillir un usager" ]
                licence: CC-BY-SA-4.0
                competences:
                  - { framework: pix-crcn, code: "2.1", level: 2 }
                activities:
                  - type: LESSON
                    title: Une leçon
                    file: lecon.md
                    minutes: %d
                  - type: TUTORIAL
                    title: Un tutoriel
                    url: https://example.org/tutoriel
                    minutes: %d
                  - type: QUIZ
                    title: Un quiz
                    file: quiz.yaml
                    minutes: %d
                """.formatted(MODULE, LESSON_MINUTES, TUTORIAL_MINUTES, QUIZ_MINUTES));
        put(files, "facades/modules/" + MODULE + "/lecon.md", "## Bienvenue\n\nUne leçon.\n");
        put(files, "facades/modules/" + MODULE + "/quiz.yaml", """
                title: Quiz
                passMark: 50
                attempts: 2
                questions:
                  - type: SINGLE
                    text: Une question ?
                    choices:
                      - { text: Oui, correct: true, feedback: "Oui." }
                      - { text: Non }
                    feedback: La bonne réponse est oui.
                  - type: TRUE_FALSE
                    text: Vrai ?
                    answer: true
                """);
        return CourseFiles.of(files);
    }

    private static void put(Map<String, byte[]> files, String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }
}

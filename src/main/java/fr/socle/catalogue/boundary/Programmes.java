package fr.socle.catalogue.boundary;

import fr.socle.catalogue.control.CourseFiles;
import fr.socle.catalogue.control.CourseLibrary;
import fr.socle.catalogue.control.CourseMapper;
import fr.socle.catalogue.control.CourseModel;
import fr.socle.catalogue.control.CourseReader;
import fr.socle.catalogue.control.CourseWriter;
import fr.socle.catalogue.entity.Programme;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.platform.Caller;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.organisation.entity.Organisation;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Programmes: the catalogue, course-as-code import and export, drafts and publication. Who sees a
 * programme follows its visibility; who changes it is a trainer or administrator of its
 * organisation (a platform administrator for the shared content of courses/).
 */
@ApplicationScoped
@Transactional
public class Programmes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CompetenceFrameworks frameworks;

    @Inject
    Organisations organisations;

    /** What an import did. */
    public record ImportReport(List<String> frameworksAdded, List<String> published, List<String> unchanged) {
    }

    /** Filters of the public catalogue; null means any. */
    public record Search(String text, Audience audience, Modality modality, String competence) {
    }

    // ---------------------------------------------------------------- reading

    /** The latest published version of every programme the caller may see (anonymous: the public ones). */
    public List<ProgrammeVersion> catalogue(Optional<Caller> caller, Search search) {
        List<ProgrammeVersion> all = em.createNamedQuery(ProgrammeVersion.PUBLISHED_LATEST, ProgrammeVersion.class).getResultList();
        String text = search.text() == null || search.text().isBlank() ? null : search.text().strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(v -> canRead(caller, v.getProgramme()))
                .filter(v -> search.audience() == null || v.getAudience() == search.audience())
                .filter(v -> search.modality() == null || v.modules().stream().anyMatch(m -> m.getModality() == search.modality()))
                .filter(v -> search.competence() == null || v.modules().stream().flatMap(m -> m.getCompetences().stream())
                        .anyMatch(c -> (c.getCompetence().getFramework().getCode() + " " + c.getCompetence().getCode()).equals(search.competence())))
                .filter(v -> text == null || (v.getTitle() + " " + v.getProgramme().getCode()).toLowerCase(Locale.ROOT).contains(text)
                        || v.modules().stream().anyMatch(m -> m.getTitle().toLowerCase(Locale.ROOT).contains(text)))
                .toList();
    }

    public Programme programme(Optional<Caller> caller, String code) {
        Programme p = em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
        if (p == null || !canRead(caller, p)) {
            throw Problem.notFound("socle.programme.notFound");
        }
        return p;
    }

    /** A published version (the latest when number is null); drafts only for those who edit them. */
    public ProgrammeVersion version(Optional<Caller> caller, String code, Integer number) {
        Programme p = programme(caller, code);
        Optional<ProgrammeVersion> v = number == null ? p.latestPublished() : p.version(number);
        if (v.isEmpty() || (!v.get().isPublished() && !canEdit(caller, p))) {
            throw Problem.notFound("socle.programme.versionNotFound");
        }
        return v.get();
    }

    /** The programmes the caller edits (its organisations'; all for a platform admin). */
    public List<Programme> editable(Caller caller) {
        return em.createNamedQuery(Programme.ALL, Programme.class).getResultList().stream()
                .filter(p -> canEdit(Optional.of(caller), p)).toList();
    }

    /**
     * A version as course files: whole for those who may author the programme ({@link #canEdit});
     * for any other reader, without the quizzes' answer keys and explanations, and marked so.
     */
    public CourseFiles export(Optional<Caller> caller, String code, Integer number) {
        ProgrammeVersion v = version(caller, code, number);
        CourseModel.Course course = CourseMapper.toModel(v, v.getProgramme().getCode());
        return canEdit(caller, v.getProgramme()) ? CourseWriter.write(course) : CourseWriter.writeWithoutAnswerKeys(course);
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports course files: one programme folder, or a library (frameworks/ and programme folders).
     * All or nothing: one problem in one file and nothing is stored; every problem is listed.
     */
    public ImportReport importFiles(Caller caller, String organisationId, CourseFiles files) {
        Organisation owner = organisationId == null || organisationId.isBlank() ? null : organisations.find(caller, organisationId);
        if (owner == null ? !caller.platformAdmin() : !mayAuthor(caller, owner.getId())) {
            throw Problem.forbidden("socle.programme.importForbidden");
        }
        return importLibrary(asLibrary(files.unwrapped()), owner, owner == null ? Visibility.PUBLIC : Visibility.PRIVATE, caller.email());
    }

    /** Imports the seed of courses/ (start-up): the platform's shared, public content. */
    public ImportReport importSeed(CourseFiles library) {
        return importLibrary(library, null, Visibility.PUBLIC, "courses/");
    }

    private ImportReport importLibrary(CourseFiles library, Organisation owner, Visibility visibility, String by) {
        CourseLibrary.Contents contents = CourseLibrary.read(library, frameworks::hasCompetence);
        if (!contents.problems().isEmpty()) {
            throw Problem.badRequest("socle.catalogue.importRejected")
                    .withDetails(contents.problems().stream().map(Object::toString).toList());
        }
        if (owner != null && !contents.frameworks().isEmpty()) {
            // Frameworks are shared by every organisation: an organisation's import never brings one.
            throw Problem.forbidden("socle.programme.frameworksForbidden");
        }
        List<String> frameworksAdded = contents.frameworks().stream().map(CourseModel.Framework::code).toList();
        int added = frameworks.store(contents.frameworks(), contents.frameworkHashes());
        List<String> published = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (CourseModel.Course course : contents.courses()) {
            if (store(course, owner, visibility, by)) {
                published.add(course.programme().code());
            } else {
                unchanged.add(course.programme().code());
            }
        }
        em.flush();
        return new ImportReport(added == 0 ? List.of() : frameworksAdded, published, unchanged);
    }

    /** Stores a course as a new published version; false when the latest already came from the same files. */
    private boolean store(CourseModel.Course course, Organisation owner, Visibility visibility, String by) {
        String code = course.programme().code();
        Programme programme = em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
        if (programme == null) {
            programme = new Programme(code, owner, visibility, clock.now());
            em.persist(programme);
        } else {
            if (!java.util.Objects.equals(programme.getOrganisationId(), owner == null ? null : owner.getId())) {
                throw Problem.conflict("socle.programme.codeTaken", code);
            }
            if (programme.latestPublished().map(v -> course.sourceHash().equals(v.getSourceHash())).orElse(false)) {
                return false;
            }
            if (programme.draft().isPresent()) {
                throw Problem.conflict("socle.programme.draftOpen", code);
            }
        }
        ProgrammeVersion draft = programme.newDraft(CourseMapper.header(course.programme()), clock.now());
        CourseMapper.fill(draft, course, frameworks::competence);
        draft.importedFrom(course.sourceHash());
        List<String> problems = draft.publicationProblems();
        if (!problems.isEmpty()) {
            throw Problem.badRequest("socle.catalogue.importRejected").withDetails(problems);
        }
        draft.publish(by, clock.now());
        return true;
    }

    /** One programme's files at the root become a library with that one programme. */
    private static CourseFiles asLibrary(CourseFiles files) {
        if (files.get(CourseReader.PROGRAMME_FILE).isEmpty()) {
            return files;
        }
        Map<String, byte[]> prefixed = new LinkedHashMap<>();
        for (String path : files.paths()) {
            prefixed.put("programme/" + path, files.get(path).orElseThrow());
        }
        return CourseFiles.of(prefixed);
    }

    // ---------------------------------------------------------------- authoring

    public Programme create(Caller caller, String organisationId, String code, ProgrammeVersion.Header header) {
        Organisation owner = organisations.find(caller, organisationId);
        if (!mayAuthor(caller, owner.getId())) {
            throw Problem.forbidden("socle.programme.editForbidden");
        }
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!normalised.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            throw Problem.badRequest("socle.programme.badCode");
        }
        if (!em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", normalised).getResultList().isEmpty()) {
            throw Problem.conflict("socle.programme.codeTaken", normalised);
        }
        Programme p = new Programme(normalised, owner, Visibility.PRIVATE, clock.now());
        p.newDraft(header, clock.now());
        em.persist(p);
        em.flush();
        return p;
    }

    /**
     * Copies the latest published version of a programme the caller may read (a shared or public
     * one) into a new programme of one of its organisations, as a draft to adapt. The answer keys
     * come along only for those who may author the source; anyone else writes their own before
     * publishing (the draft's quiz questions are then listed as what stops publication).
     */
    public Programme copy(Caller caller, String sourceCode, String organisationId, String newCode) {
        ProgrammeVersion source = version(Optional.of(caller), sourceCode, null);
        CourseModel.Course whole = CourseMapper.toModel(source, sourceCode);
        CourseModel.Course course = canEdit(Optional.of(caller), source.getProgramme()) ? whole : whole.withoutAnswerKeys();
        Programme copy = create(caller, organisationId, newCode, source.header());
        CourseMapper.fill(copy.draft().orElseThrow(), course, frameworks::competence);
        em.flush();
        return copy;
    }

    /** The draft of a programme the caller edits, opened from the latest published version if needed. */
    public ProgrammeVersion draft(Caller caller, String code) {
        Programme p = editableProgramme(caller, code);
        ProgrammeVersion draft = p.editableDraft(clock.now());
        em.flush();
        return draft;
    }

    public ProgrammeVersion publish(Caller caller, String code) {
        Programme p = editableProgramme(caller, code);
        ProgrammeVersion draft = p.draft().orElseThrow(() -> Problem.conflict("socle.programme.noDraft"));
        List<String> problems = draft.publicationProblems();
        if (!problems.isEmpty()) {
            throw Problem.conflict("socle.programme.notPublishable").withDetails(problems);
        }
        draft.publish(caller.email(), clock.now());
        em.flush();
        return draft;
    }

    public void share(Caller caller, String code, Visibility visibility) {
        Programme p = editableProgramme(caller, code);
        if (p.getOrganisation() == null) {
            throw Problem.forbidden("socle.programme.editForbidden");
        }
        p.share(visibility);
    }

    public Programme editableProgramme(Caller caller, String code) {
        Programme p = programme(Optional.of(caller), code);
        if (!canEdit(Optional.of(caller), p)) {
            throw Problem.forbidden("socle.programme.editForbidden");
        }
        return p;
    }

    // ---------------------------------------------------------------- rules

    /** Visibility: public to all; private to its organisation; shared with its mutualisation structure too. */
    public boolean canRead(Optional<Caller> caller, Programme p) {
        if (p.getVisibility() == Visibility.PUBLIC) {
            return true;
        }
        if (caller.isEmpty()) {
            return false;
        }
        Caller c = caller.get();
        String owner = p.getOrganisationId();
        if (owner == null) {
            return c.platformAdmin();
        }
        if (c.canRead(owner)) {
            return true;
        }
        if (p.getVisibility() == Visibility.SHARED) {
            Organisation structure = p.getOrganisation().getParent() == null ? p.getOrganisation() : p.getOrganisation().getParent();
            Set<String> members = organisations.withMembers(List.of(structure.getId()));
            return c.rolesByOrganisation().keySet().stream().anyMatch(members::contains);
        }
        return false;
    }

    public boolean canEdit(Optional<Caller> caller, Programme p) {
        if (caller.isEmpty()) {
            return false;
        }
        Caller c = caller.get();
        return p.getOrganisationId() == null ? c.platformAdmin() : mayAuthor(c, p.getOrganisationId());
    }

    /** Trainers of an organisation and its administrators write its programmes. */
    private static boolean mayAuthor(Caller c, String organisationId) {
        return c.teaches(organisationId);
    }

}

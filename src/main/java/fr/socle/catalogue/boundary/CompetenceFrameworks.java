package fr.socle.catalogue.boundary;

import fr.socle.catalogue.control.CourseModel;
import fr.socle.catalogue.control.FrameworkMapper;
import fr.socle.catalogue.control.ImportProblem;
import fr.socle.catalogue.entity.Competence;
import fr.socle.catalogue.entity.CompetenceFramework;
import fr.socle.catalogue.entity.CompetenceMapping;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Competence frameworks: versioned reference data, shared by every organisation of the instance. */
@ApplicationScoped
@Transactional
public class CompetenceFrameworks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<CompetenceFramework> all() {
        return em.createNamedQuery(CompetenceFramework.ALL, CompetenceFramework.class).getResultList();
    }

    /** The newest version of a framework. */
    public Optional<CompetenceFramework> latest(String code) {
        return em.createNamedQuery(CompetenceFramework.BY_CODE, CompetenceFramework.class).setParameter("code", code)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public CompetenceFramework find(String code) {
        return latest(code).orElseThrow(() -> Problem.notFound("socle.framework.notFound"));
    }

    public Optional<Competence> competence(String framework, String code) {
        return latest(framework).flatMap(f -> f.competence(code));
    }

    /** A competence to choose in a form: value "pix-crcn 2.1", label "pix-crcn · 2.1 Interagir". */
    public record Option(String value, String label) {
    }

    /** Every domain and competence of every framework, for the catalogue search and the module editor. */
    public List<Option> options() {
        return all().stream().flatMap(f -> f.getCompetences().stream()
                .map(c -> new Option(f.getCode() + " " + c.getCode(), f.getCode() + " · " + c.getCode() + " " + c.getTitle()))).toList();
    }

    public boolean hasCompetence(String framework, String code) {
        return competence(framework, code).isPresent();
    }

    public List<CompetenceMapping> mappings(CompetenceFramework framework) {
        return em.createNamedQuery(CompetenceMapping.OF_FRAMEWORK, CompetenceMapping.class)
                .setParameter("framework", framework.getId()).getResultList();
    }

    /**
     * Stores frameworks read from files. One already stored with the same code, version and content
     * is left as it is; the same code and version with other content is a conflict (a changed
     * framework takes a new version label).
     *
     * @return how many were stored
     */
    public int store(List<CourseModel.Framework> frameworks, Map<String, String> hashes) {
        List<String> conflicts = new ArrayList<>();
        List<CourseModel.Framework> added = new ArrayList<>();
        for (CourseModel.Framework f : frameworks) {
            Optional<CompetenceFramework> same = all().stream()
                    .filter(s -> s.getCode().equals(f.code()) && s.getVersion().equals(f.version())).findFirst();
            if (same.isPresent()) {
                if (!same.get().getSourceHash().equals(hashes.get(f.code()))) {
                    conflicts.add(new ImportProblem("frameworks/" + f.code() + ".yaml", null, "version",
                            "le référentiel " + f.code() + " " + f.version() + " existe déjà avec un autre contenu : changez sa version").toString());
                }
                continue;
            }
            em.persist(FrameworkMapper.toEntity(f, hashes.get(f.code()), clock.now()));
            added.add(f);
        }
        if (!conflicts.isEmpty()) {
            throw Problem.conflict("socle.catalogue.importRejected").withDetails(conflicts);
        }
        em.flush();
        for (CourseModel.Framework f : added) {
            CompetenceFramework stored = latest(f.code()).orElseThrow();
            if (f.mappings() != null) {
                for (CourseModel.Mapping m : f.mappings()) {
                    Competence from = stored.competence(m.from()).orElseThrow();
                    Competence to = competence(m.to().framework(), m.to().code()).orElseThrow();
                    em.persist(new CompetenceMapping(from, to));
                }
            }
        }
        return added.size();
    }
}

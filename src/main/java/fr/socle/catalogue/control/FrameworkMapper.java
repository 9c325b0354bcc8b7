package fr.socle.catalogue.control;

import fr.socle.catalogue.entity.Competence;
import fr.socle.catalogue.entity.CompetenceFramework;
import java.time.Instant;

/** A framework file into its entities (the mappings are resolved once every framework is stored). */
public final class FrameworkMapper {

    private FrameworkMapper() {
    }

    public static CompetenceFramework toEntity(CourseModel.Framework f, String sourceHash, Instant now) {
        CompetenceFramework framework = new CompetenceFramework(f.code(), f.version(), f.title(), f.description(), f.levels(), sourceHash, now);
        for (CourseModel.Domain d : f.domains()) {
            Competence domain = framework.add(null, Competence.Kind.DOMAIN, d.code(), d.title(), null);
            for (CourseModel.Entry e : d.competences()) {
                framework.add(domain, Competence.Kind.COMPETENCE, e.code(), e.title(), e.description());
            }
        }
        return framework;
    }
}

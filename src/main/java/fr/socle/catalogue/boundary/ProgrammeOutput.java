package fr.socle.catalogue.boundary;

import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeComponent;
import fr.socle.catalogue.entity.ProgrammeVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Programmes as the API shows them: a summary for lists, the detail of one version. */
public final class ProgrammeOutput {

    private ProgrammeOutput() {
    }

    public record Summary(String code, int version, String title, Audience audience, BigDecimal hours,
                          Set<Modality> modalities, Visibility visibility, String organisation, Instant publishedAt) {
        public static Summary of(ProgrammeVersion v) {
            return new Summary(v.getProgramme().getCode(), v.getNumber(), v.getTitle(), v.getAudience(), v.hours(),
                    new TreeSet<>(v.modules().stream().map(Module::getModality).toList()), v.getProgramme().getVisibility(),
                    v.getProgramme().getOrganisation() == null ? null : v.getProgramme().getOrganisation().getName(),
                    v.getPublishedAt());
        }
    }

    /** A version in the history; who published it is not personal data to show the public. */
    public record VersionInfo(int number, VersionStatus status, Instant createdAt, Instant publishedAt) {
        public static VersionInfo of(ProgrammeVersion v) {
            return new VersionInfo(v.getNumber(), v.getStatus(), v.getCreatedAt(), v.getPublishedAt());
        }
    }

    public record Sheet(List<String> objectives, String prerequisites, String assessment, String accessibility,
                        String price, String accessDelay) {
    }

    public record CompetenceTarget(String framework, String code, String title, Integer level) {
    }

    public record ActivityInfo(ActivityKind kind, String title, int minutes) {
    }

    public record ModuleInfo(String code, String title, BigDecimal hours, Modality modality, List<String> objectives,
                             String prerequisites, String licence, List<CompetenceTarget> competences, List<ActivityInfo> activities) {
        static ModuleInfo of(Module m) {
            return new ModuleInfo(m.getCode(), m.getTitle(), m.getHours(), m.getModality(), m.getObjectives(), m.getPrerequisites(),
                    m.getLicence(), m.getCompetences().stream().map(c -> new CompetenceTarget(c.getCompetence().getFramework().getCode(),
                    c.getCompetence().getCode(), c.getCompetence().getTitle(), c.getLevel())).toList(),
                    m.getActivities().stream().map(a -> new ActivityInfo(a.getKind(), a.getTitle(), a.getMinutes())).toList());
        }
    }

    public record ComponentInfo(String code, ComponentKind kind, String title, String description, BigDecimal hours,
                                List<ModuleInfo> modules) {
        static ComponentInfo of(ProgrammeComponent c) {
            return new ComponentInfo(c.getCode(), c.getKind(), c.getTitle(), c.getDescription(), c.hours(),
                    c.getModules().stream().map(ModuleInfo::of).toList());
        }
    }

    public record Detail(String code, int version, VersionStatus status, String title, Audience audience, String certification,
                         Integer level, String licence, Sheet sheet, int specialisationsMin, int specialisationsMax,
                         BigDecimal hours, List<ComponentInfo> components, Instant publishedAt) {
        public static Detail of(ProgrammeVersion v) {
            return new Detail(v.getProgramme().getCode(), v.getNumber(), v.getStatus(), v.getTitle(), v.getAudience(),
                    v.getCertification(), v.getLevel(), v.getLicence(),
                    new Sheet(v.getObjectives(), v.getPrerequisites(), v.getAssessment(), v.getAccessibility(), v.getPrice(), v.getAccessDelay()),
                    v.getSpecialisationsMin(), v.getSpecialisationsMax(), v.hours(),
                    v.getComponents().stream().map(ComponentInfo::of).toList(), v.getPublishedAt());
        }
    }
}

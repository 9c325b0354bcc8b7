package fr.socle.catalogue.boundary;

import fr.socle.catalogue.entity.ProgrammeVersion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A new programme, or a draft's information sheet: what the API and the authoring pages send. */
public class ProgrammeInput implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{socle.programme.code.required}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,39}", message = "{socle.programme.code.pattern}")
    private String code;

    private String organisationId;

    @NotBlank(message = "{socle.programme.title.required}")
    @Size(min = 3, max = 200, message = "{socle.programme.title.required}")
    private String title;

    @NotNull(message = "{socle.programme.audience.required}")
    private Audience audience;

    @Size(max = 300)
    private String certification;

    @Min(1)
    @Max(8)
    private Integer level;

    @Size(max = 60)
    private String licence = "CC-BY-SA-4.0";

    private List<String> objectives = new ArrayList<>();

    @Size(max = 2000)
    private String prerequisites = "";

    @Size(max = 2000)
    private String assessment = "";

    @Size(max = 2000)
    private String accessibility = "";

    @Size(max = 500)
    private String price;

    @Size(max = 500)
    private String accessDelay;

    @Min(0)
    @Max(20)
    private int specialisationsMin;

    @Min(0)
    @Max(20)
    private int specialisationsMax;

    public ProgrammeVersion.Header header() {
        return new ProgrammeVersion.Header(title, audience, certification, level, licence,
                objectives == null ? List.of() : objectives.stream().filter(o -> o != null && !o.isBlank()).toList(),
                prerequisites, assessment, accessibility, price, accessDelay, specialisationsMin,
                Math.max(specialisationsMin, specialisationsMax));
    }

    public static ProgrammeInput of(String code, ProgrammeVersion.Header h) {
        ProgrammeInput in = new ProgrammeInput();
        in.code = code;
        in.title = h.title();
        in.audience = h.audience();
        in.certification = h.certification();
        in.level = h.level();
        in.licence = h.licence();
        in.objectives = new ArrayList<>(h.objectives());
        in.prerequisites = h.prerequisites();
        in.assessment = h.assessment();
        in.accessibility = h.accessibility();
        in.price = h.price();
        in.accessDelay = h.accessDelay();
        in.specialisationsMin = h.specialisationsMin();
        in.specialisationsMax = h.specialisationsMax();
        return in;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public String getCertification() { return certification; }
    public void setCertification(String certification) { this.certification = certification; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public List<String> getObjectives() { return objectives; }
    public void setObjectives(List<String> objectives) { this.objectives = objectives; }
    /** The objectives one per line, for a text area. */
    public String getObjectivesText() { return objectives == null ? "" : String.join("\n", objectives); }
    public void setObjectivesText(String text) { this.objectives = text == null ? new ArrayList<>() : new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()); }
    public String getPrerequisites() { return prerequisites; }
    public void setPrerequisites(String prerequisites) { this.prerequisites = prerequisites; }
    public String getAssessment() { return assessment; }
    public void setAssessment(String assessment) { this.assessment = assessment; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
    public String getPrice() { return price; }
    public void setPrice(String price) { this.price = price; }
    public String getAccessDelay() { return accessDelay; }
    public void setAccessDelay(String accessDelay) { this.accessDelay = accessDelay; }
    public int getSpecialisationsMin() { return specialisationsMin; }
    public void setSpecialisationsMin(int specialisationsMin) { this.specialisationsMin = specialisationsMin; }
    public int getSpecialisationsMax() { return specialisationsMax; }
    public void setSpecialisationsMax(int specialisationsMax) { this.specialisationsMax = specialisationsMax; }
}

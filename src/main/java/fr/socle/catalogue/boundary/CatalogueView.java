package fr.socle.catalogue.boundary;

import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.platform.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** catalogue/index.xhtml: the public catalogue, searchable by text, audience, modality and competence. */
@Named
@RequestScoped
public class CatalogueView {

    @Inject
    Programmes programmes;

    @Inject
    CompetenceFrameworks frameworks;

    @Inject
    CurrentCaller current;

    private String q;
    private Audience audience;
    private Modality modality;
    private String competence;
    private List<ProgrammeVersion> results;

    public List<ProgrammeVersion> getResults() {
        if (results == null) {
            results = programmes.catalogue(current.get(), new Programmes.Search(q, audience, modality,
                    competence == null || competence.isBlank() ? null : competence));
        }
        return results;
    }

    public List<CompetenceFrameworks.Option> getCompetences() {
        return frameworks.options();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Modality[] getModalities() {
        return Modality.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public String getCompetence() {
        return competence;
    }

    public void setCompetence(String competence) {
        this.competence = competence;
    }
}

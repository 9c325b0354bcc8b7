package fr.socle.agrement.boundary;

import fr.socle.platform.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The agrément warnings of the organisations the signed-in person administers, for the dashboards (agrement-warnings.xhtml). */
@Named
@RequestScoped
public class AgrementWarningsView {

    @Inject
    Agrements agrements;

    @Inject
    CurrentCaller current;

    private List<AgrementStanding> warnings;

    public List<AgrementStanding> getWarnings() {
        if (warnings == null) {
            warnings = current.get().map(agrements::warnings).orElse(List.of());
        }
        return warnings;
    }
}

package fr.socle.learning.boundary;

import fr.socle.catalogue.boundary.ComponentKind;
import fr.socle.catalogue.entity.ProgrammeComponent;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** learn/index.xhtml: my trainings, with progress per programme, component and module, the next thing to do and my hours. */
@Named
@RequestScoped
public class MyLearningView {

    @Inject
    Enrolments enrolments;

    @Inject
    Learning learning;

    @Inject
    CurrentCaller current;

    @Inject
    FacesMessages messages;

    private List<Learning.Standing> standings;
    private String enrolmentId;
    private List<String> chosen;

    public List<Learning.Standing> getStandings() {
        if (standings == null) {
            var caller = current.require();
            standings = enrolments.mine(caller).stream().map(e -> learning.standing(caller, e.getId())).toList();
        }
        return standings;
    }

    public List<ProgrammeComponent> specialisations(Enrolment e) {
        return e.getVersion().getComponents().stream().filter(c -> c.getKind() == ComponentKind.SPECIALISATION).toList();
    }

    public void choose() {
        try {
            enrolments.chooseSpecialisations(current.require(), enrolmentId, chosen);
            messages.info("socle.enrolment.chosen");
            standings = null;
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public String getEnrolmentId() { return enrolmentId; }
    public void setEnrolmentId(String enrolmentId) { this.enrolmentId = enrolmentId; }
    public List<String> getChosen() { return chosen; }
    public void setChosen(List<String> chosen) { this.chosen = chosen; }
}

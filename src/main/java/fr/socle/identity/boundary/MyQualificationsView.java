package fr.socle.identity.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.identity.entity.TrainerQualification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** teach/index.xhtml: the signed-in trainer's own qualifications, as its organisations recorded them. */
@Named
@RequestScoped
public class MyQualificationsView {

    @Inject
    Trainers trainers;

    @Inject
    CurrentCaller current;

    private List<TrainerQualification> mine;

    public List<TrainerQualification> getQualifications() {
        if (mine == null) {
            mine = trainers.mine(current.require());
        }
        return mine;
    }
}

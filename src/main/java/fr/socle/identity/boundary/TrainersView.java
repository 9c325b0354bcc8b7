package fr.socle.identity.boundary;

import fr.socle.identity.entity.TrainerQualification;
import fr.socle.organisation.boundary.OrganisationOutput;
import fr.socle.organisation.boundary.Organisations;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * admin/trainers.xhtml: the trainers of an organisation the caller administers, their qualifications
 * (withdrawn ones marked), a form to record one and a form to withdraw one with a reason.
 */
@Named
@ViewScoped
public class TrainersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Trainers trainers;

    @Inject
    transient Organisations organisations;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String organisationId;
    private String trainerId;
    private String title;
    private String awardedBy;
    private LocalDate obtainedOn;
    private LocalDate validUntil;
    private String description;
    private String qualificationId;
    private String reason;
    private transient List<Trainers.Trainer> list;
    private transient List<OrganisationOutput> administered;

    public List<OrganisationOutput> getOrganisations() {
        if (administered == null) {
            administered = organisations.administeredOutputs(current.require());
        }
        return administered;
    }

    public List<Trainers.Trainer> getTrainers() {
        if (list == null) {
            if (organisationId == null && !getOrganisations().isEmpty()) {
                organisationId = getOrganisations().get(0).id();
            }
            try {
                list = organisationId == null ? List.of() : trainers.list(current.require(), organisationId);
            } catch (Problem p) {
                list = List.of();
            }
        }
        return list;
    }

    /** The qualifications not withdrawn, to choose the one to withdraw. */
    public List<TrainerQualification> getActive() {
        return getTrainers().stream().flatMap(t -> t.qualifications().stream()).filter(q -> !q.isWithdrawn()).toList();
    }

    public String trainerName(String id) {
        return getTrainers().stream().filter(t -> t.accountId().equals(id)).map(Trainers.Trainer::name).findFirst().orElse("");
    }

    public void show() {
        list = null;
    }

    public void record() {
        messages.attempt(() -> {
            trainers.record(current.require(), organisationId, trainerId, title, awardedBy, obtainedOn, validUntil, description);
            title = null;
            awardedBy = null;
            obtainedOn = null;
            validUntil = null;
            description = null;
            list = null;
        }, "socle.trainer.recorded");
    }

    public void withdraw() {
        messages.attempt(() -> {
            String trainer = getActive().stream().filter(q -> q.getId().equals(qualificationId)).map(TrainerQualification::getTrainerId)
                    .findFirst().orElse(null);
            trainers.withdraw(current.require(), organisationId, trainer, qualificationId, reason);
            reason = null;
            list = null;
        }, "socle.trainer.withdrawn");
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getTrainerId() { return trainerId; }
    public void setTrainerId(String trainerId) { this.trainerId = trainerId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAwardedBy() { return awardedBy; }
    public void setAwardedBy(String awardedBy) { this.awardedBy = awardedBy; }
    public LocalDate getObtainedOn() { return obtainedOn; }
    public void setObtainedOn(LocalDate obtainedOn) { this.obtainedOn = obtainedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getQualificationId() { return qualificationId; }
    public void setQualificationId(String qualificationId) { this.qualificationId = qualificationId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

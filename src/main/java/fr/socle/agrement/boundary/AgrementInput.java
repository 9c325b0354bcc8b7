package fr.socle.agrement.boundary;

import fr.socle.platform.ValidDay;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A ministerial decision to record. The start is typed for a first agrément (the day the decision
 * was received) and ignored for a renewal (the day after the previous one ends); the end is never typed.
 */
public class AgrementInput {

    @NotNull(message = "{socle.agrement.kindRequired}")
    private AgrementKind kind;

    @NotBlank(message = "{socle.agrement.numberRequired}")
    @Size(max = 60, message = "{socle.agrement.numberRequired}")
    private String number;

    @NotNull(message = "{socle.agrement.grantedOnRequired}")
    @ValidDay
    private LocalDate grantedOn;

    @ValidDay
    private LocalDate startsOn;

    @NotBlank(message = "{socle.agrement.decisionRequired}")
    @Size(max = 200, message = "{socle.agrement.decisionRequired}")
    private String decisionReference;

    public AgrementInput() {
    }

    public AgrementInput(AgrementKind kind, String number, LocalDate grantedOn, LocalDate startsOn, String decisionReference) {
        this.kind = kind;
        this.number = number;
        this.grantedOn = grantedOn;
        this.startsOn = startsOn;
        this.decisionReference = decisionReference;
    }

    public AgrementKind getKind() {
        return kind;
    }

    public void setKind(AgrementKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public void setGrantedOn(LocalDate grantedOn) {
        this.grantedOn = grantedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }
}

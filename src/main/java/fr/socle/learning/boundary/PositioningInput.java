package fr.socle.learning.boundary;

import fr.socle.learning.entity.Enrolment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The positioning result at entry, as the API takes it. A class, not a record: see OrganisationInput. */
public class PositioningInput {

    /** A free-text summary, e.g. "Niveau 2 sur 4 – à l’aise avec la messagerie, à accompagner sur les démarches en ligne". */
    @NotBlank(message = "{socle.positioning.resultRequired}")
    @Size(max = Enrolment.POSITIONING_MAX, message = "{socle.positioning.resultRequired}")
    public String result;
}

package fr.socle.organisation.boundary;

import fr.socle.organisation.entity.Organisation;
import java.time.Instant;

/** An organisation as the API shows it. */
public record OrganisationOutput(String id, String name, OrganisationKind kind, String siret, String parentId,
                                 Instant createdAt, Instant updatedAt) {

    public static OrganisationOutput of(Organisation o) {
        return new OrganisationOutput(o.getId(), o.getName(), o.getKind(), o.getSiret(),
                o.getParent() == null ? null : o.getParent().getId(), o.getCreatedAt(), o.getUpdatedAt());
    }
}

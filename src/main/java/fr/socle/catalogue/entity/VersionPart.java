package fr.socle.catalogue.entity;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/** A row that belongs to a programme version: written only while that version is a draft. */
public interface VersionPart {

    ProgrammeVersion owningVersion();

    /** The database-level guard: a published version's rows are never inserted, changed or deleted. */
    class Guard {
        @PrePersist
        @PreUpdate
        @PreRemove
        void refuseOnPublished(Object entity) {
            if (entity instanceof VersionPart part && part.owningVersion().isSealed()) {
                throw new IllegalStateException("A published programme version never changes");
            }
        }
    }
}

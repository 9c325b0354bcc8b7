package fr.socle.catalogue.boundary;

/** A draft is edited; a published version never changes. */
public enum VersionStatus {
    DRAFT, PUBLISHED
}

package fr.socle.catalogue.entity;

/** A draft is edited; a published version never changes. */
public enum VersionStatus {
    DRAFT, PUBLISHED
}

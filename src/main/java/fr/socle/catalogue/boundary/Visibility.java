package fr.socle.catalogue.boundary;

/** Who sees a programme: its organisation only; also the members of its mutualisation structure (read and copy); everybody, in the public catalogue. */
public enum Visibility {
    PRIVATE, SHARED, PUBLIC
}

package fr.socle.catalogue.boundary;

/** How an activity counts as done: read or opened, quiz passed, assignment graded, attendance signed. */
public enum Completion {
    VIEWED, PASSED, GRADED, ATTENDED
}

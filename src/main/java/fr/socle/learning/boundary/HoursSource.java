package fr.socle.learning.boundary;

/** Where minutes of the hours ledger come from: tracked activity, signed attendance, or a correction. */
public enum HoursSource {
    ACTIVITY, ATTENDANCE, CORRECTION
}

package fr.socle.learning.boundary;

/** An enrolment as lists show it: whose, which programme (and module), where it stands. No ledger, no results. */
public record EnrolmentRef(String id, String accountId, String learnerName, String organisationId, String programmeCode, String title,
                           String moduleCode, EnrolmentStatus status) {
}

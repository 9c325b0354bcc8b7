package fr.socle.learning.boundary;

/**
 * Fired when an enrolment ends as TERMINE (every required activity done). Certification observes it
 * after the transaction commits, to issue the certificate the learner has earned.
 */
public record EnrolmentCompleted(String enrolmentId) {
}

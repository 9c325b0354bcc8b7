package fr.socle.learning.boundary;

/** INSCRIT → ENTRE → TERMINE | ABANDON | INTERROMPU (an enrolment can also be abandoned before entry). */
public enum EnrolmentStatus {
    INSCRIT, ENTRE, TERMINE, ABANDON, INTERROMPU;

    public boolean isEnded() {
        return this == TERMINE || this == ABANDON || this == INTERROMPU;
    }
}

package fr.socle.catalogue.boundary;

/** The kinds of activity, each with how its completion is decided unless a module says otherwise. */
public enum ActivityKind {
    LESSON(Completion.VIEWED),
    TUTORIAL(Completion.VIEWED),
    QUIZ(Completion.PASSED),
    ASSIGNMENT(Completion.GRADED),
    WORKSHOP(Completion.ATTENDED),
    VIRTUAL_CLASS(Completion.ATTENDED);

    public final Completion completion;

    ActivityKind(Completion completion) {
        this.completion = completion;
    }
}

package fr.socle.catalogue.boundary;

/** The kinds of quiz question. */
public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE, SHORT_ANSWER
}

package fr.socle.catalogue.entity;

/** The kinds of quiz question. */
public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE, SHORT_ANSWER
}

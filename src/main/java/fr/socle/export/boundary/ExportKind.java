package fr.socle.export.boundary;

/**
 * The exports Socle builds in the background, each written by the {@code fr.socle.export.control.Export}
 * bean that names it. A new kind: a constant here, a bean implementing {@code Export}, and its label
 * {@code socle.export.kind.<NAME>} in the messages.
 */
public enum ExportKind {
    /** The élus' agrément dossier of a training body for a period (programmes, trainers, sessions, hours, evidence). */
    AGREMENT_DOSSIER,
    /** The Qualiopi audit pack of a training body for a period and, optionally, a programme (indicators, their rows, feedback, hours). */
    QUALIOPI_PACK
}

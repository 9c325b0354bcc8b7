package fr.socle.catalogue.control;

/** One reason a course file is refused: where (file, line, field) and why, in words a person acts on. */
public record ImportProblem(String file, Integer line, String field, String reason) {

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + reason;
    }
}

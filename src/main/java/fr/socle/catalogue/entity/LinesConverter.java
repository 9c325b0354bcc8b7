package fr.socle.catalogue.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A list of one-line texts (objectives, accepted answers) kept as lines of one column. */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> lines) {
        return lines == null ? "" : String.join("\n", lines.stream().map(l -> l.replace('\n', ' ').strip()).toList());
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.stream(column.split("\n")).toList();
    }
}

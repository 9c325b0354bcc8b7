package fr.socle.catalogue.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as a JSON tree (what the JSON Schemas check), remembering the line of every
 * value so that an error can say where it is. Anchors and aliases, custom tags and huge documents
 * are refused: course files are plain data.
 */
public final class YamlTree {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlTree(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Parses; a syntax error becomes a {@link Malformed} with its line. */
    public static YamlTree parse(String text) throws Malformed {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(5 * 1024 * 1024);
        options.setNestingDepthLimit(40);
        try {
            Node node = new Yaml(options).compose(new StringReader(text));
            if (node == null) {
                throw new Malformed(1, "empty document");
            }
            Map<String, Integer> lines = new HashMap<>();
            JsonNode root = convert(node, "", lines);
            return new YamlTree(root, lines);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new Malformed(line, e.getProblem());
        } catch (YAMLException e) {
            throw new Malformed(1, e.getMessage());
        }
    }

    private static JsonNode convert(Node node, String pointer, Map<String, Integer> lines) throws Malformed {
        lines.put(pointer, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            ObjectNode object = JSON.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new Malformed(tuple.getKeyNode().getStartMark().getLine() + 1, "keys must be plain names");
                }
                String child = pointer + "/" + key.getValue().replace("~", "~0").replace("/", "~1");
                object.set(key.getValue(), convert(tuple.getValueNode(), child, lines));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            int i = 0;
            for (Node item : sequence.getValue()) {
                array.add(convert(item, pointer + "/" + i++, lines));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return JSON.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return JSON.booleanNode(value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("on"));
            }
            if (Tag.INT.equals(tag)) {
                return JSON.numberNode(new BigInteger(value.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                return JSON.numberNode(new BigDecimal(value.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return JSON.textNode(value);
        }
        if (!Tag.STR.equals(tag)) {
            throw new Malformed(node.getStartMark().getLine() + 1, "unsupported YAML tag " + tag);
        }
        return JSON.textNode(value);
    }

    public JsonNode root() {
        return root;
    }

    /** The line of a value given by its JSON pointer ("/components/0/modules"), or of its nearest parent. */
    public int line(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /** A YAML syntax error. */
    public static final class Malformed extends Exception {
        private final int line;

        public Malformed(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}

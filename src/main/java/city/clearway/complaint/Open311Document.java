package city.clearway.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * An Open311 answer as one tree of named elements, written as the specification's XML or as its JSON, which maps the
 * XML by the Spark convention: a list element becomes an array of its children, any other parent an object, a leaf its
 * value. Element order is kept in both, and an absent value is an empty element in XML and {@code null} in JSON, as in
 * the specification's examples.
 */
final class Open311Document {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private static final String INDENT = "  ";

    /** An element: either a leaf holding a value, or a parent of children (a list when {@code list}). */
    record Element(String name, Object value, List<Element> children, boolean list) {

        boolean leaf() {
            return children == null;
        }
    }

    private Open311Document() {
    }

    static Element leaf(String name, Object value) {
        return new Element(name, value, null, false);
    }

    static Element object(String name, Element... fields) {
        return new Element(name, null, Arrays.asList(fields), false);
    }

    static Element list(String name, List<Element> items) {
        return new Element(name, null, List.copyOf(items), true);
    }

    static String xml(Element root) {
        StringBuilder out = new StringBuilder(DECLARATION);
        write(root, 0, out);
        return out.toString();
    }

    static JsonNode json(Element root) {
        return toJson(root);
    }

    private static void write(Element element, int depth, StringBuilder out) {
        String indent = INDENT.repeat(depth);
        out.append(indent).append('<').append(element.name()).append('>');
        if (element.leaf()) {
            if (element.value() != null) {
                escape(text(element.value()), out);
            }
        } else {
            out.append('\n');
            for (Element child : element.children()) {
                write(child, depth + 1, out);
            }
            out.append(indent);
        }
        out.append("</").append(element.name()).append(">\n");
    }

    private static JsonNode toJson(Element element) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (element.leaf()) {
            Object value = element.value();
            if (value == null) {
                return nodes.nullNode();
            }
            if (value instanceof Boolean flag) {
                return nodes.booleanNode(flag);
            }
            if (value instanceof Integer number) {
                return nodes.numberNode(number);
            }
            if (value instanceof Long number) {
                return nodes.numberNode(number);
            }
            if (value instanceof Double number) {
                return nodes.numberNode(BigDecimal.valueOf(number));
            }
            return nodes.textNode(value.toString());
        }
        if (element.list()) {
            ArrayNode array = nodes.arrayNode();
            element.children().forEach(child -> array.add(toJson(child)));
            return array;
        }
        ObjectNode object = nodes.objectNode();
        element.children().forEach(child -> object.set(child.name(), toJson(child)));
        return object;
    }

    private static String text(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).toPlainString();
        }
        return value.toString();
    }

    /** Escapes markup, and leaves out the characters XML 1.0 cannot carry at all (a stray control character in a description). */
    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> out.append("&#13;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
    }
}

package city.clearway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What a hostile or broken client puts where the contract asks for a value: each one breaks the field's schema, so a
 * request carrying it in place of a valid value is invalid by construction and must be refused.
 */
public final class HostileValues {

    /** A value to put in place of the valid one; {@code value} null means the field is left out. */
    public record Hostile(String label, JsonNode value) {
    }

    public static final List<String> DATES_OUTSIDE_THE_YEARS = List.of("0001-01-01T00:00:00Z", "1999-12-31T23:59:59Z",
            "2101-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00+03:30", "+999999999-12-31T23:59:59-03:00");
    public static final List<String> UNREADABLE_DATES = List.of("yesterday", "2026-13-01T00:00:00Z", "2026-02-30T10:00:00Z",
            "2026-01-01T00:00:00", "2026-01-01", "2026-01-01T25:00:00Z", "", "\u200f2026-01-01T00:00:00Z");
    public static final List<String> DAYS_OUTSIDE_THE_YEARS = List.of("0001-01-01", "1999-12-31", "2101-01-01", "+999999999-12-31");
    public static final List<String> UNREADABLE_DAYS = List.of("2026-02-30", "26-01-01", "2026/01/01", "today", "2026-01-01T00:00:00Z");
    public static final List<String> NOT_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "0", "\u200f",
            "00000000000000000000000000000000000000000000");
    /** Text no person typed: a NUL, a lone half of a surrogate pair, a control character. */
    public static final List<String> NOT_TEXT = List.of("\u0000", "a\u0000b", "\ud800", "x\udfff", "\u0007bell");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final BigInteger LONG_OVERFLOW = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);

    private HostileValues() {
    }

    /** Every hostile value for a field of this schema; {@code required} adds leaving it out and null. */
    public static List<Hostile> forField(Schema<?> schema, boolean required) {
        List<Hostile> values = new ArrayList<>();
        if (required) {
            values.add(new Hostile("missing", null));
            values.add(new Hostile("null", JSON.nullNode()));
        }
        String type = typeOf(schema);
        switch (type) {
            case "string" -> strings(schema, values);
            case "integer" -> integers(schema, values);
            case "number" -> numbers(schema, values);
            case "boolean" -> {
                values.add(new Hostile("boolean as string", JSON.textNode("true")));
                values.add(new Hostile("boolean as number", JSON.numberNode(1)));
            }
            case "array" -> {
                values.add(new Hostile("array as string", JSON.textNode("x")));
                values.add(new Hostile("array as object", JSON.objectNode()));
                if (schema.getMinItems() != null && schema.getMinItems() > 0) {
                    values.add(new Hostile("empty array", JSON.arrayNode()));
                }
                if (schema.getItems() != null && schema.getItems().getEnum() != null) {
                    values.add(new Hostile("array with an unknown value", JSON.arrayNode().add("NOT_" + schema.getItems().getEnum().get(0))));
                }
            }
            case "object" -> {
                values.add(new Hostile("object as string", JSON.textNode("x")));
                values.add(new Hostile("object as array", JSON.arrayNode()));
                values.add(new Hostile("object as number", JSON.numberNode(1)));
            }
            default -> throw new IllegalArgumentException("No hostile values for a schema of type " + type);
        }
        return values;
    }

    public static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    private static void strings(Schema<?> schema, List<Hostile> values) {
        values.add(new Hostile("string as number", JSON.numberNode(42)));
        values.add(new Hostile("string as boolean", JSON.booleanNode(true)));
        values.add(new Hostile("string as array", JSON.arrayNode().add("x")));
        values.add(new Hostile("string as object", JSON.objectNode()));
        NOT_TEXT.forEach(text -> values.add(new Hostile("not text " + escaped(text), JSON.textNode(text))));
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            String first = String.valueOf(schema.getEnum().get(0));
            values.add(new Hostile("enum lower case", JSON.textNode(first.toLowerCase())));
            values.add(new Hostile("enum with a right-to-left mark", JSON.textNode(first + "\u200f")));
            values.add(new Hostile("enum with a space", JSON.textNode(" " + first)));
            values.add(new Hostile("enum emoji", JSON.textNode("🚗")));
            values.add(new Hostile("enum empty", JSON.textNode("")));
            values.add(new Hostile("enum unknown", JSON.textNode("NOT_" + first)));
            return;
        }
        String format = schema.getFormat();
        if ("uuid".equals(format)) {
            NOT_UUIDS.forEach(text -> values.add(new Hostile("not a uuid " + escaped(text), JSON.textNode(text))));
            return;
        }
        if ("date-time".equals(format)) {
            DATES_OUTSIDE_THE_YEARS.forEach(text -> values.add(new Hostile("date-time " + text, JSON.textNode(text))));
            UNREADABLE_DATES.forEach(text -> values.add(new Hostile("date-time " + escaped(text), JSON.textNode(text))));
            return;
        }
        if (schema.getPattern() != null) {
            values.add(new Hostile("pattern broken by a space", JSON.textNode("A B")));
            values.add(new Hostile("pattern broken by a right-to-left mark", JSON.textNode("\u200fTBZ01")));
            values.add(new Hostile("pattern broken by Persian digits", JSON.textNode("TBZ۰۱")));
            values.add(new Hostile("pattern broken by SQL", JSON.textNode("x'; DROP TABLE violation; --")));
            values.add(new Hostile("pattern broken by emoji", JSON.textNode("🚗🚗🚗")));
        }
        if (schema.getMinLength() != null && schema.getMinLength() > 0) {
            values.add(new Hostile("empty", JSON.textNode("")));
        }
        if (schema.getMaxLength() != null) {
            values.add(new Hostile("one over maxLength", JSON.textNode("x".repeat(schema.getMaxLength() + 1))));
            values.add(new Hostile("emoji over maxLength", JSON.textNode("🚗".repeat(schema.getMaxLength() + 1))));
        }
        if (schema.getPattern() == null && schema.getMaxLength() == null) {
            // A reference to something that exists (a district, a lot, a national ID): no such thing.
            values.add(new Hostile("reference empty", JSON.textNode("")));
            values.add(new Hostile("reference unknown", JSON.textNode("NO-SUCH-THING")));
            values.add(new Hostile("reference with a right-to-left override", JSON.textNode("\u202eTBZ01")));
            values.add(new Hostile("reference emoji", JSON.textNode("🚗")));
            values.add(new Hostile("reference very long", JSON.textNode("x".repeat(5000))));
        }
    }

    private static void integers(Schema<?> schema, List<Hostile> values) {
        values.add(new Hostile("integer as string", JSON.textNode("12")));
        values.add(new Hostile("integer with a fraction", JSON.numberNode(new BigDecimal("1.5"))));
        values.add(new Hostile("integer as boolean", JSON.booleanNode(true)));
        values.add(new Hostile("integer as array", JSON.arrayNode().add(1)));
        values.add(new Hostile("integer NaN as string", JSON.textNode("NaN")));
        values.add(new Hostile("integer 1e400", JSON.numberNode(new BigDecimal("1e400"))));
        values.add(new Hostile("integer Long.MAX+1", JSON.numberNode(LONG_OVERFLOW)));
        values.add(new Hostile("integer -Long.MAX-2", JSON.numberNode(LONG_OVERFLOW.negate().subtract(BigInteger.ONE))));
        values.add(new Hostile("integer of 400 digits", JSON.numberNode(new BigInteger("9".repeat(400)))));
        if ("int32".equals(schema.getFormat())) {
            values.add(new Hostile("integer Integer.MAX+1", JSON.numberNode(BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE))));
        }
        if (schema.getMinimum() != null) {
            values.add(new Hostile("integer below minimum", JSON.numberNode(schema.getMinimum().toBigInteger().subtract(BigInteger.ONE))));
        }
        if (schema.getMaximum() != null) {
            values.add(new Hostile("integer above maximum", JSON.numberNode(schema.getMaximum().toBigInteger().add(BigInteger.ONE))));
        }
    }

    private static void numbers(Schema<?> schema, List<Hostile> values) {
        values.add(new Hostile("number as string", JSON.textNode("12.5")));
        values.add(new Hostile("number NaN as string", JSON.textNode("NaN")));
        values.add(new Hostile("number Infinity as string", JSON.textNode("Infinity")));
        values.add(new Hostile("number as boolean", JSON.booleanNode(false)));
        values.add(new Hostile("number as object", JSON.objectNode()));
        values.add(new Hostile("number 1e400", JSON.numberNode(new BigDecimal("1e400"))));
        values.add(new Hostile("number -1e400", JSON.numberNode(new BigDecimal("-1e400"))));
        if (schema.getMinimum() != null) {
            values.add(new Hostile("number below minimum", JSON.numberNode(schema.getMinimum().subtract(new BigDecimal("0.001")))));
        }
        if (schema.getMaximum() != null) {
            values.add(new Hostile("number above maximum", JSON.numberNode(schema.getMaximum().add(new BigDecimal("0.001")))));
        }
    }

    /** A value as it can be printed in a report. */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() > 40 ? out.substring(0, 40) + "…" : out.toString();
    }
}

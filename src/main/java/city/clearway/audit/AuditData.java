package city.clearway.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the data of an audit event from key/value pairs, leaving out absent values. */
public final class AuditData {

    private AuditData() {
    }

    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Keys and values come in pairs");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                data.put((String) keysAndValues[i], plain(value));
            }
        }
        return data;
    }

    /** Numbers, flags and collections stay as they are; everything else (times, enums, ids) becomes its text. */
    private static Object plain(Object value) {
        if (value instanceof Number || value instanceof Boolean || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return value;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}

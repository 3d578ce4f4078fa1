package city.clearway.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads query parameters the way clients expect: a value that cannot be read is a {@code 400} naming the
 * parameter (JAX-RS on its own would answer {@code 404}); a date that can be read but lies outside
 * {@link RecordedDates} breaks a rule, as it would in a body, and is a {@code 422}.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.badParameter(name, "one-of", allowed);
        }
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "date-time");
        }
        if (!RecordedDates.contains(time)) {
            throw outsideRecordedDates(name);
        }
        return time.toInstant();
    }

    /** A day such as {@code 2026-03-21}; {@code null} when absent or blank. */
    public static LocalDate day(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "date");
        }
        if (!RecordedDates.contains(day)) {
            throw outsideRecordedDates(name);
        }
        return day;
    }

    private static ProblemException outsideRecordedDates(String name) {
        return ProblemException.invalid(name, "date-range", RecordedDates.FIRST_DAY.toString(), RecordedDates.LAST_DAY.toString());
    }

    public static int intInRange(String name, String raw, int min, int max, int absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw ProblemException.badParameter(name, "between", min, max);
    }

    /** Blank means absent. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw;
    }
}

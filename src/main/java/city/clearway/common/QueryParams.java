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

    /** The days from {@code first} to {@code last}, both counted. */
    public record DayPeriod(LocalDate first, LocalDate last) {
    }

    /** A period of days named by {@code from} and {@code to} (both required, in order), at most {@code maxDays} long. */
    public static DayPeriod period(String from, String to, int maxDays) {
        LocalDate first = requiredDay("from", from);
        LocalDate last = requiredDay("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.badParameter("to", "not-before-from");
        }
        if (first.plusDays(maxDays).isBefore(last)) {
            throw ProblemException.badParameter("to", "period-too-long", maxDays);
        }
        return new DayPeriod(first, last);
    }

    private static LocalDate requiredDay(String name, String raw) {
        LocalDate day = day(name, raw);
        if (day == null) {
            throw ProblemException.badParameter(name, "required");
        }
        return day;
    }

    /** Degrees of latitude or longitude within {@code -limit..limit}; {@code null} when absent or blank. */
    public static Double degrees(String name, String raw, int limit) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw.strip());
            if (Double.isFinite(value) && value >= -limit && value <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ProblemException.badParameter(name, "degrees", -limit, limit);
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

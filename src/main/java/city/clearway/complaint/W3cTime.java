package city.clearway.complaint;

import city.clearway.common.CityTime;
import city.clearway.common.ProblemException;
import city.clearway.common.RecordedDates;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Times as GeoReport v2 writes them: the W3C profile of ISO 8601 to the second, with the city's offset
 * ({@code 2026-11-30T22:07:51+03:30}).
 */
@ApplicationScoped
public class W3cTime {

    /** To the second, and the offset as {@code +03:30}, or {@code Z} where it is zero. */
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendOffset("+HH:MM", "Z").toFormatter();

    private final CityTime cityTime;

    W3cTime(CityTime cityTime) {
        this.cityTime = cityTime;
    }

    public String format(Instant instant) {
        return instant == null ? null : FORMAT.format(cityTime.toCity(instant));
    }

    /** A date-time with an offset, or a {@code 400} naming the argument; blank is absent. */
    public static Instant parse(String argument, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            // An unencoded "+" of the offset arrives in a query string as a space.
            Instant instant = OffsetDateTime.parse(raw.strip().replace(' ', '+')).toInstant();
            if (!RecordedDates.contains(instant)) {
                throw ProblemException.badParameter(argument, "date-time");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(argument, "date-time");
        }
    }
}

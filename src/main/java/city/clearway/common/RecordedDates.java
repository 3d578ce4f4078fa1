package city.clearway.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The days Clearway keeps records for, 2000-01-01 to 2100-12-31: every date or time a client sends must fall within
 * them. A year 1 or a year 999999999 is a typing or a client error, not a fact, and once stored it would break every
 * page, report and calculation that reads it.
 */
public final class RecordedDates {

    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    private static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST_INSTANT = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private RecordedDates() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** A time by its day in UTC, whatever offset it was written with (JSON bodies are read in UTC too). */
    public static boolean contains(OffsetDateTime time) {
        return contains(time.toInstant());
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
    }
}

package city.clearway.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Shows instants in the city's time zone; used by the mappers for every time in a response. */
@ApplicationScoped
public class CityTime {

    private final ZoneId zone;

    CityTime(ClearwayConfig config) {
        this.zone = config.timeZone();
    }

    public OffsetDateTime toCity(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    public Instant toInstant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The instant a day of the city begins. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The day of the city an instant falls in. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public ZoneId zone() {
        return zone;
    }
}

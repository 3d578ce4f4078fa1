package city.clearway.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
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

    public ZoneId zone() {
        return zone;
    }
}

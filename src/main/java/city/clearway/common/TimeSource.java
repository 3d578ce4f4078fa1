package city.clearway.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The server's clock. Every stored time comes from here, truncated to what both databases keep
 * (microseconds), so a value reads back exactly as it was written.
 */
@ApplicationScoped
public class TimeSource {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

package city.clearway.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The server's clock. Every stored time comes from here, truncated to what both databases keep
 * (microseconds), so a value reads back exactly as it was written.
 */
@ApplicationScoped
public class TimeSource {

    /** How far ahead of the server a handheld's clock may run before a time it sends counts as in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether a time a client sent (an observation, a tow) lies in the future, beyond what clocks drift apart. */
    public boolean inTheFuture(Instant clientTime) {
        return clientTime.isAfter(now().plus(CLOCK_SKEW));
    }
}

package city.clearway.support;

import city.clearway.common.TimeSource;

import java.time.Duration;
import java.time.Instant;

/** The server's clock, stopped at the moment the test began and moved on only by the test: days pass in an instant. */
public class TestClock extends TimeSource {

    private volatile Instant now = super.now();

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}

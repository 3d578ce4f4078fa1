package city.clearway.security;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Thirty calls a minute per address and feature, a burst of as many, and the seconds to wait when over. */
class AddressThrottleTest {

    private final AtomicLong clock = new AtomicLong();
    private final AddressThrottle throttle = new AddressThrottle(clock::get);

    @Test
    void aBurstIsAllowedThenTheAddressWaitsForTheNextToken() {
        for (int i = 0; i < AddressThrottle.PER_MINUTE; i++) {
            throttle.take("find", "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.take("find", "10.0.0.1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
                    assertThat(e.args()[0]).isEqualTo(2L);
                });
        clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
        throttle.take("find", "10.0.0.1");
        assertThatThrownBy(() -> throttle.take("find", "10.0.0.1")).isInstanceOf(ProblemException.class);
    }

    @Test
    void addressesAndFeaturesHaveBucketsOfTheirOwn() {
        for (int i = 0; i < AddressThrottle.PER_MINUTE; i++) {
            throttle.take("find", "10.0.0.2");
        }
        throttle.take("find", "10.0.0.3");
        throttle.take("lookup", "10.0.0.2");
        clock.addAndGet(TimeUnit.MINUTES.toNanos(5));
        for (int i = 0; i < AddressThrottle.PER_MINUTE; i++) {
            throttle.take("find", "10.0.0.2");
        }
        assertThatThrownBy(() -> throttle.take("find", "10.0.0.2")).as("refilled to the burst, not beyond").isInstanceOf(ProblemException.class);
    }
}

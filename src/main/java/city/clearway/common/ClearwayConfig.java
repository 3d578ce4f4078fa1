package city.clearway.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of the service; each can be given as an environment variable (CLEARWAY_TIME_ZONE, ...). */
@ConfigMapping(prefix = "clearway")
public interface ClearwayConfig {

    /** The city's time zone: times are shown in it and days are counted in it. */
    @WithDefault("Asia/Tehran")
    ZoneId timeZone();

    /**
     * How long after a day of the city has ended its figures are taken as final and summed once for the reports: longer
     * than any transaction may run, so that nothing stamped in the day commits after it.
     */
    @WithDefault("PT1H")
    Duration dayClosesAfter();

    /** Password for the built-in {@code admin} account on the first start; generated and printed once if absent. */
    Optional<String> adminPassword();

    /** Seeds the demo city (Tabriz) on start. */
    @WithDefault("false")
    boolean demo();
}

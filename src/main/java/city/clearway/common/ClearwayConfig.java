package city.clearway.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.Optional;

/** Settings of the service; each can be given as an environment variable (CLEARWAY_TIME_ZONE, ...). */
@ConfigMapping(prefix = "clearway")
public interface ClearwayConfig {

    /** The city's time zone: times are shown in it and days are counted in it. */
    @WithDefault("Asia/Tehran")
    ZoneId timeZone();

    /** Password for the built-in {@code admin} account on the first start; generated and printed once if absent. */
    Optional<String> adminPassword();

    /** Seeds the demo city (Tabriz) on start. */
    @WithDefault("false")
    boolean demo();
}

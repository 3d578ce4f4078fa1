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

    /**
     * A secret every replica shares (CLEARWAY_SECRET_KEY, 32 characters or more): in OIDC mode it encrypts the office's
     * session cookie, which holds the provider's tokens, so that any replica reads what another one wrote.
     */
    Optional<String> secretKey();

    /** Who signs people in (CLEARWAY_AUTH, PRODUCT §8): the built-in accounts, or the city's OIDC provider. */
    @WithDefault("builtin")
    Auth auth();

    enum Auth {
        /** Built-in accounts: HTTP Basic on the API, a sign-in form and a server-side session for the office pages. */
        BUILTIN,
        /** Tokens of an OIDC provider: bearer tokens on the API, the authorization-code flow for the office pages. */
        OIDC
    }
}

package city.clearway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How sign-in is guarded and how long an office session lasts (CLEARWAY_SECURITY_...). */
@ConfigMapping(prefix = "clearway.security")
public interface SecurityConfig {

    SignIn signIn();

    Session session();

    interface SignIn {

        /** Failed sign-ins of one account before it is blocked. */
        @WithDefault("5")
        int accountFailures();

        /** Failed sign-ins from one client address, whatever the account, before the address is blocked. */
        @WithDefault("20")
        int addressFailures();

        /** How long failures are remembered when no block is in force. */
        @WithDefault("PT15M")
        Duration window();

        /** The first block; each failure after it doubles the next one. */
        @WithDefault("PT1M")
        Duration firstBlock();

        @WithDefault("PT15M")
        Duration longestBlock();
    }

    interface Session {

        /** An office session unused for this long ends. */
        @WithDefault("PT30M")
        Duration idleTimeout();

        /** However busy, an office session ends this long after sign-in. */
        @WithDefault("PT12H")
        Duration absoluteTimeout();
    }
}

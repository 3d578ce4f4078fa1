package city.clearway.security;

import java.time.Instant;
import java.util.Set;

/**
 * An account as sign-in and authorization see it, read together with its sign-in throttle: a snapshot a few seconds
 * old at most (see {@link Accounts}).
 */
public record Account(String username, String passwordHash, Set<Role> roles, String districtCode, String lotCode,
                      boolean disabled, boolean passwordChangeRequired, int recentFailures, Instant blockedUntil) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean blockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }
}

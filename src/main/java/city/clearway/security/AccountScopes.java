package city.clearway.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The district or lot each account is bound to, kept for a few minutes so that checking a caller's scope does not
 * cost a database read on every request.
 */
@ApplicationScoped
public class AccountScopes {

    static final Duration KEEP_FOR = Duration.ofMinutes(5);

    /** Where an account works: an inspector's district, a clerk's lot. */
    public record Scope(String districtCode, String lotCode) {
    }

    private record Kept(Scope scope, Instant until) {
    }

    private final UserAccountRepository users;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    AccountScopes(UserAccountRepository users) {
        this.users = users;
    }

    public Scope of(String username) {
        Instant now = Instant.now();
        Kept known = kept.get(username);
        if (known != null && known.until().isAfter(now)) {
            return known.scope();
        }
        UserAccount account = users.findByIdOptional(username)
                .orElseThrow(() -> new IllegalStateException("Signed in as an account that does not exist: " + username));
        Scope scope = new Scope(account.getDistrictCode(), account.getLotCode());
        kept.put(username, new Kept(scope, now.plus(KEEP_FOR)));
        return scope;
    }

    /** Forgets an account at once, when its district, lot or roles change. */
    public void forget(String username) {
        kept.remove(username);
    }
}

package city.clearway.security;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Every request signs in, so the account behind it is kept for a few seconds ({@code quarkus.cache.caffeine.accounts})
 * instead of being read each time. A few seconds is how long another instance of the service may take to notice a
 * disabled account, a new password or a blocked sign-in; this instance forgets a changed account at once.
 */
@ApplicationScoped
public class Accounts {

    static final String CACHE = "accounts";

    private final UserAccountRepository users;
    private final SignInThrottle throttle;
    private final Cache cache;

    Accounts(UserAccountRepository users, SignInThrottle throttle, @CacheName(CACHE) Cache cache) {
        this.users = users;
        this.throttle = throttle;
        this.cache = cache;
    }

    /** The account if it is remembered right now, without waiting and without reading it: empty when it is not. */
    @SuppressWarnings("unchecked")
    Optional<Account> remembered(String username) {
        CompletableFuture<Object> found = cache.as(CaffeineCache.class).getIfPresent(username);
        if (found == null || !found.isDone() || found.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return (Optional<Account>) found.join();
    }

    @CacheResult(cacheName = CACHE)
    public Optional<Account> find(String username) {
        return QuarkusTransaction.joiningExisting().call(() -> users.findByIdOptional(username).map(user -> {
            SignInThrottle.State state = throttle.stateOf(SignInThrottle.account(username));
            return new Account(user.getUsername(), user.getPasswordHash(), user.roleSet(), user.getDistrictCode(), user.getLotCode(),
                    user.isDisabled(), user.isPasswordChangeRequired(), state.failures(), state.blockedUntil());
        }));
    }

    @CacheInvalidate(cacheName = CACHE)
    public void forget(String username) {
        // the interceptor does the work
    }
}

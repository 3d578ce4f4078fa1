package city.clearway.security;

import city.clearway.common.ClearwayConfig;
import city.clearway.common.ProblemException;
import city.clearway.common.TimeSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks a username and password, for HTTP Basic on the API and for the office's sign-in form alike: a blocked
 * account or address is refused before anything is checked, a failure is counted, and a disabled account is refused
 * like a wrong password. In OIDC mode (CLEARWAY_AUTH=oidc) no password is checked at all: the provider signs people in.
 */
@ApplicationScoped
public class PasswordSignIn {

    /**
     * Compared against when no such account exists, so that an unknown name takes as long as a wrong password. Made
     * on the first unknown name, not at start: a bcrypt hash costs tens of milliseconds of CPU.
     */
    private static final class NoAccount {
        static final String HASH = BcryptUtil.bcryptHash(randomText());
    }

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final TimeSource time;
    private final ClearwayConfig config;
    private final VerifiedPasswords verified = new VerifiedPasswords();

    PasswordSignIn(Accounts accounts, SignInThrottle throttle, TimeSource time, ClearwayConfig config) {
        this.accounts = accounts;
        this.config = config;
        this.throttle = throttle;
        this.time = time;
    }

    /** Whether passwords are kept here; in OIDC mode the city's provider keeps them. */
    public boolean checksPasswords() {
        return config.auth() == ClearwayConfig.Auth.BUILTIN;
    }

    /** The account, if the password is its own; otherwise {@link AuthenticationFailedException}, or a 429 problem. */
    public Account verify(String username, String password, String clientAddress) {
        if (!checksPasswords()) {
            throw new AuthenticationFailedException();
        }
        Instant now = time.now();
        Optional<Account> account = accounts.find(username);
        if (account.isPresent() && account.get().blockedAt(now)) {
            throw ProblemException.tooManyRequests("sign-in-blocked", account.get().blockedUntil(), now);
        }
        if (account.isEmpty() || !remembered(account.get(), username, password, now)) {
            Instant addressBlocked = throttle.addressBlockedUntil(clientAddress);
            if (addressBlocked != null) {
                throw ProblemException.tooManyRequests("sign-in-blocked", addressBlocked, now);
            }
            boolean matches = BcryptUtil.matches(password, account.map(Account::passwordHash).orElseGet(() -> NoAccount.HASH));
            if (!matches || account.get().disabled()) {
                throttle.failed(account.map(Account::username).orElse(null), clientAddress);
                accounts.forget(username);
                throw new AuthenticationFailedException();
            }
            verified.remember(username, password, account.get().passwordHash(), now);
        }
        if (account.get().recentFailures() > 0) {
            throttle.succeeded(username);
            accounts.forget(username);
        }
        return account.get();
    }

    /**
     * The account, when this instance signed it in with this password a moment ago and nothing since calls for a
     * look: remembered, enabled, not blocked, no failures to clear. Empty means "check it properly" ({@link #verify}),
     * never "refused". Answers without waiting, so the HTTP thread can sign most requests in by itself.
     */
    public Optional<Account> rememberedSignIn(String username, String password) {
        if (!checksPasswords()) {
            return Optional.empty();
        }
        Instant now = time.now();
        return accounts.remembered(username).filter(account -> !account.blockedAt(now) && account.recentFailures() == 0
                && remembered(account, username, password, now));
    }

    /** An enabled account whose password this instance matched against its current hash a moment ago. */
    private boolean remembered(Account account, String username, String password, Instant now) {
        return !account.disabled() && verified.recentlyMatched(username, password, account.passwordHash(), now);
    }

    /** Forgets what this instance remembers of an account, when its password or state changed here. */
    void forget(String username) {
        verified.forget(username);
        accounts.forget(username);
    }

    private static String randomText() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}

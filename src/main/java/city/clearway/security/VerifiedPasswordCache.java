package city.clearway.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and checking a bcrypt hash costs tens of milliseconds of CPU
 * by design. This keeps, for a few minutes, the identities whose password was just checked against the database
 * (by security-jpa, which does the real work), keyed by an HMAC of the credentials under a key that never leaves
 * the process. Failed attempts are never kept, so every wrong password costs the full bcrypt check.
 */
@ApplicationScoped
public class VerifiedPasswordCache implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final Duration KEEP_FOR = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final JpaIdentityProvider database;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    VerifiedPasswordCache(JpaIdentityProvider database) {
        this.database = database;
        new SecureRandom().nextBytes(key);
    }

    private record Verified(String username, SecurityIdentity identity, Instant until) {
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * Asked before the database provider (which, like every provider, defaults to {@code SYSTEM_FIRST + 1}); it calls
     * that provider itself when it has nothing fresh.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getUsername();
        String credentials = fingerprint(username, new String(request.getPassword().getPassword()));
        Verified known = verified.get(credentials);
        Instant now = Instant.now();
        if (known != null && known.until().isAfter(now)) {
            return Uni.createFrom().item(known.identity());
        }
        return database.authenticate(request, context).invoke(identity -> {
            if (identity != null) {
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
                verified.put(credentials, new Verified(username, identity, now.plus(KEEP_FOR)));
            }
        });
    }

    /** Forgets a user at once, e.g. when their password or roles change. */
    public void forget(String username) {
        verified.values().removeIf(entry -> entry.username().equals(username));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}

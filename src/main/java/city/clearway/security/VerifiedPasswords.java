package city.clearway.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic sends the password with every request, and checking a bcrypt hash costs tens of milliseconds of CPU by
 * design. This remembers, for a few minutes, which credentials were just found to match which stored hash, keyed by an
 * HMAC of the credentials under a key that never leaves the process. A changed password changes the stored hash, so a
 * remembered match no longer counts; failures are never remembered.
 */
final class VerifiedPasswords {

    static final Duration KEEP_FOR = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Match(String username, String passwordHash, Instant until) {
    }

    private final Map<String, Match> matches = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    VerifiedPasswords() {
        new SecureRandom().nextBytes(key);
    }

    boolean recentlyMatched(String username, String password, String passwordHash, Instant now) {
        Match known = matches.get(fingerprint(username, password));
        return known != null && known.passwordHash().equals(passwordHash) && known.until().isAfter(now);
    }

    void remember(String username, String password, String passwordHash, Instant now) {
        if (matches.size() >= MAX_ENTRIES) {
            matches.clear();
        }
        matches.put(fingerprint(username, password), new Match(username, passwordHash, now.plus(KEEP_FOR)));
    }

    void forget(String username) {
        matches.values().removeIf(match -> match.username().equals(username));
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

package city.clearway.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A signed-in office session, known by the SHA-256 of its token. */
@Entity
@Table(name = "office_session")
class OfficeSession {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(nullable = false)
    private String username;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected OfficeSession() {
    }

    OfficeSession(String tokenHash, String username, Instant now, Duration absoluteTimeout) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.expiresAt = now.plus(absoluteTimeout);
    }

    boolean endedAt(Instant now, Duration idleTimeout) {
        return !expiresAt.isAfter(now) || !lastSeenAt.plus(idleTimeout).isAfter(now);
    }

    /** Marks the session used; written at most once a minute, since an idle timeout counts in minutes. */
    void touch(Instant now) {
        if (!lastSeenAt.plus(Duration.ofMinutes(1)).isAfter(now)) {
            lastSeenAt = now;
        }
    }

    String username() {
        return username;
    }
}

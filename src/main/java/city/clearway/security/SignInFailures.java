package city.clearway.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** The failed sign-ins of one account or one client address since {@link #firstFailureAt}. */
@Entity
@Table(name = "sign_in_throttle")
class SignInFailures {

    @Id
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected SignInFailures() {
    }

    SignInFailures(String subject, Instant now) {
        this.subject = subject;
        this.firstFailureAt = now;
    }

    /**
     * Counts one more failure. From the {@code limit}-th on, the subject is blocked, each time for twice as long as
     * the time before, up to {@code longest}. A count whose window has passed with no block in force starts again.
     */
    void fail(Instant now, int limit, Duration window, Duration firstBlock, Duration longest) {
        if (failures > 0 && firstFailureAt.plus(window).isBefore(now) && !blockedAt(now)) {
            failures = 0;
            firstFailureAt = now;
            blockedUntil = null;
        }
        failures++;
        if (failures >= limit) {
            int doublings = Math.min(failures - limit, 20);
            Duration block = firstBlock.multipliedBy(1L << doublings);
            blockedUntil = now.plus(block.compareTo(longest) > 0 ? longest : block);
        }
    }

    boolean blockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    int failures() {
        return failures;
    }

    Instant blockedUntil() {
        return blockedUntil;
    }
}

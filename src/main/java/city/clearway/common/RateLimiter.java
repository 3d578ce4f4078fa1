package city.clearway.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per key (a client address) in each window of time. Kept in this instance's memory:
 * with several instances a client gets that many per instance, which still bounds harvesting; the counts are gone
 * after a restart, which costs nothing but a fresh window.
 */
public final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private record Window(Instant start, int used) {
    }

    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts one request; refuses it ({@code 429} with when to retry) once the key has used up its window. */
    public void acquire(String key, Instant now, String detailKey) {
        if (windows.size() >= MAX_KEYS) {
            windows.values().removeIf(w -> !w.start().plus(window).isAfter(now));
        }
        Window counted = windows.compute(key, (k, current) -> current == null || !current.start().plus(window).isAfter(now)
                ? new Window(now, 1)
                : new Window(current.start(), current.used() + 1));
        if (counted.used() > limit) {
            throw ProblemException.tooManyRequests(detailKey, counted.start().plus(window), now);
        }
    }
}

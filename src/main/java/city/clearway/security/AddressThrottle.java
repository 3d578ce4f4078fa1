package city.clearway.security;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Slows guessing on the public paths (PRODUCT §7): each client address may make {@link #PER_MINUTE} calls a minute to
 * one public feature, with a burst of as many, after which it is answered {@code 429} with the seconds to wait. A token
 * bucket per address and feature, kept in this replica's memory: behind a load balancer each replica allows its own
 * share, which bounds guessing all the same.
 */
@ApplicationScoped
public class AddressThrottle {

    public static final int PER_MINUTE = 30;
    static final int MAX_TRACKED = 100_000;
    private static final double NANOS_PER_TOKEN = TimeUnit.MINUTES.toNanos(1) / (double) PER_MINUTE;

    private record Bucket(double tokens, long at, boolean granted) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    @Inject
    AddressThrottle() {
        this(System::nanoTime);
    }

    AddressThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes one call of {@code feature} from {@code address}, or refuses it with a {@code 429}. */
    public void take(String feature, String address) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= MAX_TRACKED) {
            // Full buckets carry no information: forgetting them changes no answer.
            buckets.values().removeIf(bucket -> refilled(bucket, now) >= PER_MINUTE);
        }
        Bucket bucket = buckets.compute(feature + '|' + address, (key, before) -> {
            double tokens = before == null ? PER_MINUTE : refilled(before, now);
            return tokens >= 1 ? new Bucket(tokens - 1, now, true) : new Bucket(tokens, now, false);
        });
        if (!bucket.granted()) {
            long waitSeconds = (long) Math.ceil((1 - bucket.tokens()) * NANOS_PER_TOKEN / TimeUnit.SECONDS.toNanos(1));
            throw ProblemException.of(ProblemType.TOO_MANY_REQUESTS, Math.max(1, waitSeconds));
        }
    }

    private static double refilled(Bucket bucket, long now) {
        return Math.min(PER_MINUTE, bucket.tokens() + (now - bucket.at()) / NANOS_PER_TOKEN);
    }
}

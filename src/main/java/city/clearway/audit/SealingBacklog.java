package city.clearway.audit;

import java.time.Instant;
import java.util.Optional;

/** The audit events committed and not yet sealed into the chain: how many, and when the oldest of them happened. */
public record SealingBacklog(long events, Optional<Instant> oldest) {
}

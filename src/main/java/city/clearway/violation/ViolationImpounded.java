package city.clearway.violation;

import java.time.Instant;
import java.util.UUID;

/** A violation's vehicle was towed into a lot at {@code at}. Published inside the intake's transaction. */
public record ViolationImpounded(UUID violationId, Instant at) {
}

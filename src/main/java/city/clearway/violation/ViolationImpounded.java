package city.clearway.violation;

import java.time.Instant;
import java.util.UUID;

/** A violation's vehicle was towed into a lot. Published inside the intake's transaction, for whoever was waiting for it. */
public record ViolationImpounded(UUID violationId, UUID impoundId, Instant at) {
}

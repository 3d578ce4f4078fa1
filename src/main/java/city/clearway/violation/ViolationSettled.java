package city.clearway.violation;

import java.time.Instant;
import java.util.UUID;

/** The owner paid a violation's fine on the spot and the vehicle left. Published inside the settlement's transaction. */
public record ViolationSettled(UUID violationId, Instant at) {
}

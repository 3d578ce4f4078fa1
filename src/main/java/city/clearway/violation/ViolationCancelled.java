package city.clearway.violation;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction that cancels a violation. */
public record ViolationCancelled(UUID violationId, Instant at, String districtCode, ViolationType violationType) {
}

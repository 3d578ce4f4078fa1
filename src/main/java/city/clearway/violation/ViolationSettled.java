package city.clearway.violation;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction in which the fine was paid on the spot; {@code fine} in rials. */
public record ViolationSettled(UUID violationId, Instant at, String districtCode, ViolationType violationType, long fine) {
}

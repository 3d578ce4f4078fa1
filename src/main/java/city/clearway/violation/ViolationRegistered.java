package city.clearway.violation;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction that registers a violation, for whoever counts or follows violations. */
public record ViolationRegistered(UUID violationId, Instant at, String districtCode, ViolationType violationType) {
}

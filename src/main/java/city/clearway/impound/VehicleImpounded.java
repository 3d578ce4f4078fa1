package city.clearway.impound;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction that records a towed vehicle's intake at a lot. */
public record VehicleImpounded(UUID impoundId, UUID violationId, Instant at, String districtCode, ViolationType violationType,
                               String lotCode) {
}

package city.clearway.impound;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that releases a vehicle: what was charged, by kind (in rials), and how long it stayed.
 */
public record VehicleReleased(UUID impoundId, UUID violationId, Instant at, String districtCode, ViolationType violationType,
                              String lotCode, long fine, long tow, long storage, long vat, long staySeconds) {
}

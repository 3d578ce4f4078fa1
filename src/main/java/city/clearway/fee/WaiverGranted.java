package city.clearway.fee;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction that waives part of an impound's balance. */
public record WaiverGranted(UUID impoundId, Instant at, String districtCode, ViolationType violationType, long amount) {
}

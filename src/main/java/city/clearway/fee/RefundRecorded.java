package city.clearway.fee;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction that hands money back after an overturned appeal; {@code amount} in rials. */
public record RefundRecorded(UUID violationId, UUID impoundId, Instant at, String districtCode, ViolationType violationType,
                             long amount, PaymentMethod method) {
}

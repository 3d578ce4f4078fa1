package city.clearway.fee;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction that takes a payment (toward an impound's balance, or a fine paid on the spot). */
public record PaymentReceived(UUID violationId, UUID impoundId, Instant at, String districtCode, ViolationType violationType,
                              long amount, PaymentMethod method) {
}

package city.clearway.fee;

import city.clearway.reference.ViolationType;

import java.util.UUID;

/**
 * What a refund is for: the violation (and its impound, when the car was towed), whether an appeal overturned it, and
 * the district and violation type its money is reported under.
 */
public record RefundBasis(UUID violationId, UUID impoundId, String districtCode, ViolationType violationType, boolean overturned) {
}

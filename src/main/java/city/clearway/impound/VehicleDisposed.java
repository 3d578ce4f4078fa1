package city.clearway.impound;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/** Published in the transaction that disposes of an unclaimed vehicle, with the proceeds (rials) it brought. */
public record VehicleDisposed(UUID impoundId, UUID violationId, Instant at, String districtCode, ViolationType violationType,
                              String lotCode, DisposalMethod method, long proceeds) {
}

package city.clearway.fee;

import city.clearway.fee.FeeCalculator.Fine;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/**
 * The facts of an impound that decide its fees: the fine fixed at registration, the tariff version it started
 * under, the vehicle class and when it came in (and left, once released); with the district and violation type its
 * money is reported under.
 */
public record ChargeBasis(UUID impoundId, UUID violationId, String districtCode, ViolationType violationType, Fine fine,
                          int tariffVersion, VehicleClass vehicleClass, Instant impoundedAt, Instant releasedAt,
                          Instant overturnedAt) {

    public boolean released() {
        return releasedAt != null;
    }

    /** An appeal overturned the violation: nothing is owed, and whatever was paid is to be refunded. */
    public boolean cancelledOnAppeal() {
        return overturnedAt != null;
    }
}

package city.clearway.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What one vehicle class pays under a tariff version: the tow and each storage day. */
@Embeddable
public class VehicleFees {

    @Column(name = "tow_fee", nullable = false)
    private long towFee;

    @Column(name = "storage_per_day", nullable = false)
    private long storagePerDay;

    protected VehicleFees() {
    }

    public VehicleFees(long towFee, long storagePerDay) {
        this.towFee = towFee;
        this.storagePerDay = storagePerDay;
    }

    public long towFee() {
        return towFee;
    }

    public long storagePerDay() {
        return storagePerDay;
    }
}

package city.clearway.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An impound lot. {@code occupied} is only ever changed by the database itself, one vehicle at a time and
 * never above {@code capacity} (see {@link ImpoundLotRepository#occupyOne}).
 */
@Entity
@Table(name = "impound_lot")
public class ImpoundLot {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "district_code", nullable = false)
    private String districtCode;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int occupied;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ImpoundLot() {
    }

    public ImpoundLot(String code, String name, String districtCode, String address, int capacity, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.districtCode = districtCode;
        this.address = address;
        this.capacity = capacity;
        this.occupied = 0;
        this.createdAt = createdAt;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getAddress() {
        return address;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getOccupied() {
        return occupied;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

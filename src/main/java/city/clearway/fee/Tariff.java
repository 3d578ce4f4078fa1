package city.clearway.fee;

import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** One version of the fee schedule. Published once, never changed: impounds keep the version they started under. */
@Entity
@Immutable
@Table(name = "tariff")
public class Tariff {

    @Id
    private int version;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "storage_grace_hours", nullable = false)
    private int storageGraceHours;

    @Column(name = "vat_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatPercent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tariff_fine", joinColumns = @JoinColumn(name = "tariff_version"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "violation_type")
    @Column(name = "amount", nullable = false)
    private Map<ViolationType, Long> fines = new EnumMap<>(ViolationType.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tariff_vehicle_fee", joinColumns = @JoinColumn(name = "tariff_version"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "vehicle_class")
    private Map<VehicleClass, VehicleFees> vehicleFees = new EnumMap<>(VehicleClass.class);

    protected Tariff() {
    }

    public Tariff(TariffTerms terms, Instant effectiveFrom, Instant createdAt, String createdBy) {
        this.version = terms.version();
        this.effectiveFrom = effectiveFrom;
        this.storageGraceHours = terms.storageGraceHours();
        this.vatPercent = terms.vatPercent();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.fines.putAll(terms.fines());
        for (VehicleClass vehicleClass : VehicleClass.values()) {
            vehicleFees.put(vehicleClass, new VehicleFees(terms.towFee(vehicleClass), terms.storagePerDay(vehicleClass)));
        }
    }

    public int getVersion() {
        return version;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public TariffTerms terms() {
        Map<VehicleClass, Long> tow = new EnumMap<>(VehicleClass.class);
        Map<VehicleClass, Long> storage = new EnumMap<>(VehicleClass.class);
        vehicleFees.forEach((vehicleClass, fees) -> {
            tow.put(vehicleClass, fees.towFee());
            storage.put(vehicleClass, fees.storagePerDay());
        });
        return new TariffTerms(version, fines, tow, storage, storageGraceHours, vatPercent);
    }
}

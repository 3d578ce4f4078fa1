package city.clearway.fee;

import city.clearway.common.InRecordedDates;
import city.clearway.common.Rials;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/** What crosses the wire for tariffs. */
public final class TariffDtos {

    private TariffDtos() {
    }

    public record TariffCreate(
            @InRecordedDates OffsetDateTime effectiveFrom,
            @NotNull Map<ViolationType, @NotNull @Min(0) @Max(Rials.MAX_AMOUNT) Long> fines,
            @NotNull Map<VehicleClass, @NotNull @Min(0) @Max(Rials.MAX_AMOUNT) Long> towFees,
            @NotNull Map<VehicleClass, @NotNull @Min(0) @Max(Rials.MAX_AMOUNT) Long> storagePerDay,
            @NotNull @Min(0) @Max(720) Integer storageGraceHours,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatPercent) {
    }

    public record TariffView(
            int version,
            OffsetDateTime effectiveFrom,
            Map<ViolationType, Long> fines,
            Map<VehicleClass, Long> towFees,
            Map<VehicleClass, Long> storagePerDay,
            int storageGraceHours,
            BigDecimal vatPercent,
            String currency,
            OffsetDateTime createdAt,
            String createdBy) {
    }
}

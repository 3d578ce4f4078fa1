package city.clearway.violation;

import city.clearway.common.InRecordedDates;
import city.clearway.fee.FeeDtos.ReceiptView;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What crosses the wire for violations. */
public final class ViolationDtos {

    private ViolationDtos() {
    }

    public record LocationDto(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @Size(max = 500) String address) {
    }

    public record ViolationCreate(
            UUID id,
            @NotNull @Size(min = 1, max = 40) String plate,
            @NotNull VehicleClass vehicleClass,
            @NotNull ViolationType violationType,
            @NotNull String districtCode,
            @NotNull @Valid LocationDto location,
            @NotNull @InRecordedDates OffsetDateTime observedAt,
            @Size(max = 2000) String note,
            UUID complaintId) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    public record MoneyDto(long amount, String currency, Integer tariffVersion) {
    }

    public record CancellationDto(String reason, OffsetDateTime cancelledAt, String cancelledBy) {
    }

    public record ViolationView(UUID id, String ticketNumber, String plate, VehicleClass vehicleClass, ViolationType violationType,
                                String districtCode, LocationDto location, OffsetDateTime observedAt, String note,
                                ViolationStatus status, OffsetDateTime registeredAt, String inspector, MoneyDto fine,
                                UUID impoundId, CancellationDto cancellation,
                                OffsetDateTime overturnedAt) {
    }

    public record ViolationPage(List<ViolationView> items, String nextCursor) {
    }

    public record PhotoView(String sha256, long size, String contentType, OffsetDateTime uploadedAt, String uploadedBy) {
    }

    public record SettlementView(ViolationView violation, ReceiptView receipt) {
    }
}

package city.clearway.impound;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What crosses the wire for the intake inventory and the intake photos. */
public final class IntakeDtos {

    public static final int MAX_DAMAGE = 50;
    public static final int MAX_ITEMS = 100;
    public static final int MAX_ODOMETER = 9_999_999;
    public static final int MAX_QUANTITY = 999;

    private IntakeDtos() {
    }

    public record DamageEntry(@NotBlank @Size(max = 100) String part, @NotBlank @Size(max = 500) String description) {
    }

    public record ItemEntry(@NotBlank @Size(max = 200) String description, @NotNull @Min(1) @Max(MAX_QUANTITY) Integer quantity) {
    }

    public record Condition(@NotNull @Size(max = MAX_DAMAGE) List<@Valid @NotNull DamageEntry> damage,
                            @Min(0) @Max(MAX_ODOMETER) Integer odometer, FuelLevel fuel) {
    }

    public record InventoryRequest(@Valid @NotNull Condition condition, @NotNull @Size(max = MAX_ITEMS) List<@Valid @NotNull ItemEntry> items,
                                   @NotNull Boolean keysReceived, @Size(max = 2000) String notes) {
    }

    public record InventoryView(UUID impoundId, int version, Condition condition, List<ItemEntry> items, boolean keysReceived,
                                String notes, OffsetDateTime recordedAt, String recordedBy) {
    }

    public record IntakePhotoView(String sha256, long size, String contentType, OffsetDateTime uploadedAt, String uploadedBy) {
    }
}

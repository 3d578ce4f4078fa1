package city.clearway.impound;

import city.clearway.common.InRecordedDates;
import city.clearway.reference.VehicleClass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What crosses the wire for impounds, holds and releases. */
public final class ImpoundDtos {

    /** Why a hold is lifted. */
    public record LiftRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    private ImpoundDtos() {
    }

    public record ImpoundRequest(@NotNull String lotCode, @Size(max = 200) String towOperator,
                                 @InRecordedDates OffsetDateTime towedAt) {
    }

    public record HoldRequest(@NotNull HoldAuthority authority, @NotBlank @Size(max = 1000) String reason,
                              @Size(max = 100) String reference) {
    }

    /** Without {@code releasedTo} the vehicle goes to its owner in person, as before the kinds existed. */
    public record ReleaseRequest(@NotBlank @Size(max = 200) String releasedToName, @Size(max = 50) String releasedToNationalId,
                                 @NotBlank @Size(max = 200) String ownershipDocument, @Valid ReleaseDtos.ReleasedToRequest releasedTo) {
    }

    public record HoldView(UUID id, HoldAuthority authority, String reason, String reference, OffsetDateTime placedAt,
                           String placedBy, boolean active, OffsetDateTime liftedAt, String liftedBy, String liftReason) {
    }

    public record ReleaseView(String releaseNumber, UUID impoundId, OffsetDateTime releasedAt, String releasedBy,
                              String releasedToName, String releasedToNationalId, String ownershipDocument,
                              ReleaseDtos.ReleasedToView releasedTo, long charged, long paid, long waived, String currency) {
    }

    public record DisposalRequest(@NotNull DisposalMethod method, @NotBlank @Size(max = 100) String reference,
                                  @PositiveOrZero Long proceeds) {
    }

    public record DisposalView(DisposalMethod method, String reference, long proceeds, long writtenOff, long surplus,
                               OffsetDateTime disposedAt, String disposedBy, String currency) {
    }

    public record NoticeView(NoticeKind kind, OffsetDateTime dueAt, OffsetDateTime sentAt, NoticeChannel channel, String to,
                             OffsetDateTime cancelledAt) {
    }

    public record ImpoundView(UUID id, UUID violationId, String ticketNumber, String plate, VehicleClass vehicleClass,
                              String lotCode, ImpoundStatus status, OffsetDateTime impoundedAt, OffsetDateTime towedAt,
                              String towOperator, String intakeBy, int tariffVersion, List<HoldView> holds,
                              ReleaseView release,
                              DisposalView disposal) {
    }
}

package city.clearway.fee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What crosses the wire for quotes, payments, receipts and waivers. */
public final class FeeDtos {

    private FeeDtos() {
    }

    public record PaymentRequest(@NotNull Long amount, @NotNull PaymentMethod method, @Size(max = 100) String reference) {
    }

    public record WaiverRequest(@NotNull Long amount, @NotBlank @Size(max = 1000) String reason) {
    }

    public record FeeLineView(FeeKind kind, String description, long amount, int tariffVersion) {
    }

    public record FeeQuoteView(UUID impoundId, List<FeeLineView> lines, int storageDays, long charged, long paid, long waived,
                               long balance, String currency, OffsetDateTime asOf,
                               boolean cancelledOnAppeal, long refunded, long refundDue) {
    }

    public record ReceiptView(String receiptNumber, UUID violationId, UUID impoundId, String ticketNumber, String plate,
                              long amount, String currency, PaymentMethod method, String reference,
                              OffsetDateTime receivedAt, String receivedBy) {
    }

    public record WaiverView(UUID id, UUID impoundId, long amount, String currency, String reason, OffsetDateTime grantedAt,
                             String grantedBy) {
    }
}

package city.clearway.appeal;

import city.clearway.fee.PaymentMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What crosses the wire for appeals and refunds. */
public final class AppealDtos {

    private AppealDtos() {
    }

    public record AppealRequest(@NotBlank @Size(max = 4000) String grounds, @Size(max = 4000) String evidence) {
    }

    public record DecisionRequest(@NotNull AppealOutcome outcome, @NotBlank @Size(max = 1000) String reason) {
    }

    public record RefundRequest(@NotNull Long amount, @NotNull PaymentMethod method, @NotBlank @Size(max = 100) String reference) {
    }

    public record AppealView(UUID id, UUID violationId, AppealStatus status, String grounds, String evidence,
                             OffsetDateTime filedAt, String filedBy, AppealOutcome outcome, String decisionReason,
                             OffsetDateTime decidedAt, String decidedBy, Long refundDue, String currency) {
    }

    public record RefundView(String refundNumber, UUID violationId, UUID impoundId, long amount, String currency,
                             PaymentMethod method, String reference, OffsetDateTime refundedAt, String refundedBy, long stillDue) {
    }
}

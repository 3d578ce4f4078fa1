package city.clearway.impound;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What crosses the wire about who takes a vehicle and about the debts of its other impounds. */
public final class ReleaseDtos {

    private ReleaseDtos() {
    }

    /** The kind of recipient and the documents that kind shows; {@link RecipientRules} says which are needed. */
    public record ReleasedToRequest(@NotNull ReleaseKind kind, @Size(max = 200) String companyName, @Size(max = 50) String companyNationalId,
                                    ForeignDocumentType documentType, @Size(max = 30) String documentNumber, @Size(max = 2) String country,
                                    @Size(max = 30) String powerOfAttorneyNumber) {
    }

    public record ReleasedToView(ReleaseKind kind, String companyName, String companyNationalId, ForeignDocumentType documentType,
                                 String documentNumber, String country, String powerOfAttorneyNumber) {
    }

    public record DebtOverrideRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    public record DebtOverrideView(UUID id, UUID impoundId, String reason, OffsetDateTime recordedAt, String recordedBy) {
    }

    /** Another impound of the same plate that still owes money: enough for the owner to find it and pay, nothing personal. */
    public record OtherDebtView(UUID impoundId, String ticketNumber, String lotCode, long balance, String currency) {
    }
}

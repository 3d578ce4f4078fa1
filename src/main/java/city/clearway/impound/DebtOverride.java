package city.clearway.impound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A supervisor's word that this vehicle may leave although other impounds of its plate still owe money. Never changes. */
@Entity
@Table(name = "impound_debt_override")
public class DebtOverride {

    @Id
    private UUID id;

    @Column(name = "impound_id", nullable = false, updatable = false)
    private UUID impoundId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected DebtOverride() {
    }

    DebtOverride(UUID impoundId, String reason, Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.impoundId = impoundId;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getImpoundId() {
        return impoundId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

package city.clearway.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** Part of an impound's balance that a supervisor forgave, and why. */
@Entity
@Immutable
@Table(name = "waiver")
public class Waiver {

    @Id
    private UUID id;

    @Column(name = "impound_id", nullable = false)
    private UUID impoundId;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    protected Waiver() {
    }

    Waiver(UUID impoundId, long amount, String reason, Instant grantedAt, String grantedBy) {
        this.id = UUID.randomUUID();
        this.impoundId = impoundId;
        this.amount = amount;
        this.reason = reason;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getImpoundId() {
        return impoundId;
    }

    public long getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getGrantedBy() {
        return grantedBy;
    }
}

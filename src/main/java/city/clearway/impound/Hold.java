package city.clearway.impound;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An order to keep the vehicle in the lot (police, court). While it is active the vehicle cannot be released. */
@Entity
@Table(name = "impound_hold")
public class Hold {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "impound_id", nullable = false, updatable = false)
    private Impound impound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HoldAuthority authority;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(updatable = false)
    private String reference;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "placed_by", nullable = false, updatable = false)
    private String placedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lift_reason")
    private String liftReason;

    protected Hold() {
    }

    Hold(Impound impound, HoldAuthority authority, String reason, String reference, Instant placedAt, String placedBy) {
        this.id = UUID.randomUUID();
        this.impound = impound;
        this.authority = authority;
        this.reason = reason;
        this.reference = reference;
        this.placedAt = placedAt;
        this.placedBy = placedBy;
    }

    void lift(String reason, String by, Instant at) {
        if (!isActive()) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "hold-already-lifted");
        }
        this.liftReason = reason;
        this.liftedBy = by;
        this.liftedAt = at;
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    public UUID getId() {
        return id;
    }

    public Impound getImpound() {
        return impound;
    }

    public HoldAuthority getAuthority() {
        return authority;
    }

    public String getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public String getLiftReason() {
        return liftReason;
    }
}

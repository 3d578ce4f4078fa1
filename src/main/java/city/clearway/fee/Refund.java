package city.clearway.fee;

import city.clearway.reference.ViolationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** Money handed back to the owner once an appeal overturned the violation: at the lot, or for a fine paid on the spot. */
@Entity
@Immutable
@Table(name = "refund")
public class Refund {

    @Id
    private UUID id;

    @Column(name = "refund_number", nullable = false)
    private String refundNumber;

    @Column(name = "violation_id", nullable = false)
    private UUID violationId;

    /** Absent for a fine paid on the spot. */
    @Column(name = "impound_id")
    private UUID impoundId;

    @Column(name = "district_code", nullable = false)
    private String districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "violation_type", nullable = false)
    private ViolationType violationType;

    @Column(nullable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentMethod method;

    @Column(nullable = false)
    private String reference;

    @Column(name = "refunded_at", nullable = false)
    private Instant refundedAt;

    @Column(name = "refunded_by", nullable = false)
    private String refundedBy;

    protected Refund() {
    }

    Refund(String refundNumber, RefundBasis basis, long amount, PaymentMethod method, String reference, Instant refundedAt,
           String refundedBy) {
        this.id = UUID.randomUUID();
        this.refundNumber = refundNumber;
        this.violationId = basis.violationId();
        this.impoundId = basis.impoundId();
        this.districtCode = basis.districtCode();
        this.violationType = basis.violationType();
        this.amount = amount;
        this.method = method;
        this.reference = reference;
        this.refundedAt = refundedAt;
        this.refundedBy = refundedBy;
    }

    public UUID getId() {
        return id;
    }

    public String getRefundNumber() {
        return refundNumber;
    }

    public UUID getViolationId() {
        return violationId;
    }

    public UUID getImpoundId() {
        return impoundId;
    }

    public long getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }

    public String getRefundedBy() {
        return refundedBy;
    }
}

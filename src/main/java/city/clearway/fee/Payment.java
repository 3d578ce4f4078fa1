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

/** Money received, with its receipt number: at the lot for an impound, or on the spot for a settled violation. */
@Entity
@Immutable
@Table(name = "payment")
public class Payment {

    @Id
    private UUID id;

    @Column(name = "receipt_number", nullable = false)
    private String receiptNumber;

    @Column(name = "violation_id", nullable = false)
    private UUID violationId;

    /** Absent for a fine settled on the spot. */
    @Column(name = "impound_id")
    private UUID impoundId;

    /** The violation's district and type, kept with the money for the reports (both never change). */
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

    private String reference;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    protected Payment() {
    }

    Payment(String receiptNumber, UUID violationId, UUID impoundId, String districtCode, ViolationType violationType, long amount,
            PaymentMethod method, String reference, Instant receivedAt, String receivedBy) {
        this.id = UUID.randomUUID();
        this.receiptNumber = receiptNumber;
        this.violationId = violationId;
        this.impoundId = impoundId;
        this.districtCode = districtCode;
        this.violationType = violationType;
        this.amount = amount;
        this.method = method;
        this.reference = reference;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    public UUID getId() {
        return id;
    }

    public String getReceiptNumber() {
        return receiptNumber;
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

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }
}

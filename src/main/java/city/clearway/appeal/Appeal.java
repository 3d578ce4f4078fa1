package city.clearway.appeal;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An owner's appeal against a violation, entered at the office, and the supervisor's decision on it. */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    private UUID id;

    @Column(name = "violation_id", nullable = false, updatable = false)
    private UUID violationId;

    /** The violation's id while the appeal is open, then null: a unique column, so only one is open at a time. */
    @Column(name = "open_violation_id")
    private UUID openViolationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppealStatus status;

    @Column(nullable = false, updatable = false)
    private String grounds;

    @Column(updatable = false)
    private String evidence;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;

    @Enumerated(EnumType.STRING)
    private AppealOutcome outcome;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    /** What had been paid and became due back to the owner when the appeal was overturned. */
    @Column(name = "refund_due")
    private Long refundDue;

    @Version
    private long version;

    protected Appeal() {
    }

    Appeal(UUID violationId, String grounds, String evidence, Instant filedAt, String filedBy) {
        this.id = UUID.randomUUID();
        this.violationId = violationId;
        this.openViolationId = violationId;
        this.status = AppealStatus.OPEN;
        this.grounds = grounds;
        this.evidence = evidence;
        this.filedAt = filedAt;
        this.filedBy = filedBy;
    }

    /** A {@code 409} once decided: an appeal is decided once. */
    void requireOpen() {
        if (status != AppealStatus.OPEN) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "appeal-decided", outcome.name());
        }
    }

    void decide(AppealOutcome outcome, String reason, Instant at, String by, long refundDue) {
        requireOpen();
        this.status = AppealStatus.DECIDED;
        this.openViolationId = null;
        this.outcome = outcome;
        this.decisionReason = reason;
        this.decidedAt = at;
        this.decidedBy = by;
        this.refundDue = outcome == AppealOutcome.OVERTURNED ? refundDue : null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getViolationId() {
        return violationId;
    }

    public boolean isOpen() {
        return status == AppealStatus.OPEN;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getEvidence() {
        return evidence;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Long getRefundDue() {
        return refundDue;
    }

    public long getVersion() {
        return version;
    }
}

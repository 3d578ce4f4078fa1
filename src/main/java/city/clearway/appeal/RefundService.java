package city.clearway.appeal;

import city.clearway.appeal.AppealDtos.RefundRequest;
import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.fee.Refund;
import city.clearway.fee.RefundBasis;
import city.clearway.fee.Refunds;
import city.clearway.impound.Impound;
import city.clearway.impound.ImpoundRepository;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import city.clearway.security.Role;
import city.clearway.violation.Violation;
import city.clearway.violation.ViolationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Map;
import java.util.UUID;

/**
 * Handing money back after an overturned appeal. For a towed car the clerk of its lot refunds at the lot. A violation
 * that was never towed (a fine paid on the spot) belongs to no lot: any clerk refunds it at the office, by the
 * violation's id from the ticket, as any clerk receives a tow by it.
 */
@ApplicationScoped
public class RefundService {

    private final ImpoundRepository impounds;
    private final ViolationRepository violations;
    private final Refunds refunds;
    private final AuditLog audit;
    private final Caller caller;

    RefundService(ImpoundRepository impounds, ViolationRepository violations, Refunds refunds, AuditLog audit, Caller caller) {
        this.impounds = impounds;
        this.violations = violations;
        this.refunds = refunds;
        this.audit = audit;
        this.caller = caller;
    }

    /** A refund that was recorded, and what is still due after it. */
    public record Recorded(Refund refund, long stillDue) {
    }

    @Transactional
    public Recorded atImpound(UUID impoundId, @Valid @NotNull RefundRequest request) {
        caller.require(Permission.RECORD_REFUND);
        Impound impound = impounds.lockForChange(impoundId)
                .filter(i -> caller.maySeeImpound(i.getLotCode(), i.getDistrictCode()))
                .orElseThrow(() -> ProblemException.notFound("impound", impoundId));
        if (!caller.clerksAtLot(impound.getLotCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-lot", impound.getLotCode());
        }
        Violation violation = impound.getViolation();
        Refund refund = refunds.record(basis(violation), request.amount(), request.method(), request.reference());
        audit.record(caller.username(), AuditAction.REFUND_RECORDED, AuditEntity.IMPOUND, impoundId, data(refund));
        return new Recorded(refund, refunds.due(basis(violation)));
    }

    @Transactional
    public Recorded forViolation(UUID violationId, @Valid @NotNull RefundRequest request) {
        caller.require(Permission.RECORD_REFUND);
        Violation violation = violations.lock(violationId)
                .filter(v -> caller.has(Role.CLERK) || caller.maySeeViolation(v.getDistrictCode(), v.getImpoundLotCode()))
                .orElseThrow(() -> ProblemException.notFound("violation", violationId));
        if (violation.getImpoundId() != null) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "refund-at-lot", violation.getImpoundLotCode());
        }
        Refund refund = refunds.record(basis(violation), request.amount(), request.method(), request.reference());
        audit.record(caller.username(), AuditAction.REFUND_RECORDED, AuditEntity.VIOLATION, violationId, data(refund));
        return new Recorded(refund, refunds.due(basis(violation)));
    }

    /** What is due back for a violation the caller may see (zero unless an appeal overturned it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long due(Violation violation) {
        return refunds.due(basis(violation));
    }

    private static RefundBasis basis(Violation violation) {
        return new RefundBasis(violation.getId(), violation.getImpoundId(), violation.getDistrictCode(), violation.getViolationType(),
                violation.getOverturnedAt() != null);
    }

    private static Map<String, Object> data(Refund refund) {
        return AuditData.of("refundNumber", refund.getRefundNumber(), "amount", refund.getAmount(), "method", refund.getMethod(),
                "reference", refund.getReference());
    }
}

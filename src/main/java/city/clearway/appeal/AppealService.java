package city.clearway.appeal;

import city.clearway.appeal.AppealDtos.AppealRequest;
import city.clearway.appeal.AppealDtos.DecisionRequest;
import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.TimeSource;
import city.clearway.common.UniqueViolation;
import city.clearway.fee.FeeKind;
import city.clearway.fee.FeeService;
import city.clearway.fee.Quote;
import city.clearway.fee.RefundBasis;
import city.clearway.fee.Refunds;
import city.clearway.impound.Impound;
import city.clearway.impound.ImpoundRepository;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import city.clearway.security.Role;
import city.clearway.violation.Violation;
import city.clearway.violation.ViolationCancelled;
import city.clearway.violation.ViolationRepository;
import city.clearway.violation.ViolationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Appeals (PRODUCT §9). A clerk files one for a vehicle towed to their lot, a supervisor for any violation; one is open
 * per violation at a time (the database decides). A supervisor decides it once: {@code UPHELD} changes nothing,
 * {@code OVERTURNED} cancels the fine and, for a towed car, the tow and storage, and makes what was paid a refund due.
 * The appeal's events are written on the violation, so its timeline shows them.
 */
@ApplicationScoped
public class AppealService {

    private final AppealRepository appeals;
    private final ViolationRepository violations;
    private final ImpoundRepository impounds;
    private final FeeService fees;
    private final Refunds refunds;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;
    private final Event<Object> published;

    AppealService(AppealRepository appeals, ViolationRepository violations, ImpoundRepository impounds, FeeService fees,
                  Refunds refunds, AuditLog audit, TimeSource time, Caller caller, Event<Object> published) {
        this.appeals = appeals;
        this.violations = violations;
        this.impounds = impounds;
        this.fees = fees;
        this.refunds = refunds;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
        this.published = published;
    }

    @Transactional
    public Appeal file(UUID violationId, @Valid @NotNull AppealRequest request) {
        caller.require(Permission.FILE_APPEAL);
        Violation violation = violations.lock(violationId).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("violation", violationId));
        if (!caller.has(Role.SUPERVISOR) && !caller.clerksAtLot(violation.getImpoundLotCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "appeal-scope");
        }
        if (!violation.appealable()) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "violation-not-appealable", violation.getStatus().name());
        }
        if (appeals.openFor(violationId)) {
            throw ProblemException.withDetail(ProblemType.ALREADY_EXISTS, "appeal-open");
        }
        Appeal appeal = new Appeal(violationId, request.grounds(), request.evidence(), time.now(), caller.username());
        try {
            appeals.persistAndFlush(appeal);
        } catch (PersistenceException e) {
            if (UniqueViolation.causedIt(e)) {
                throw ProblemException.withDetail(ProblemType.ALREADY_EXISTS, "appeal-open");
            }
            throw e;
        }
        audit.record(caller.username(), AuditAction.APPEAL_FILED, AuditEntity.VIOLATION, violationId, AuditData.of(
                "appealId", appeal.getId(), "grounds", appeal.getGrounds(), "evidence", appeal.getEvidence()));
        return appeal;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Appeal get(UUID id) {
        caller.require(Permission.READ_APPEALS);
        return appeals.findByIdOptional(id).filter(appeal -> violations.findByIdOptional(appeal.getViolationId()).filter(this::visible).isPresent())
                .orElseThrow(() -> ProblemException.notFound("appeal", id));
    }

    /** The appeals of a violation the caller may see, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Appeal> ofViolation(UUID violationId) {
        return caseOf(violationId).appeals();
    }

    /** A violation with its appeals, oldest first. */
    public record Case(Violation violation, List<Appeal> appeals) {

        /** Whether one of them still waits for a decision. */
        public boolean open() {
            return appeals.stream().anyMatch(appeal -> appeal.getStatus() == AppealStatus.OPEN);
        }
    }

    /**
     * A violation and its appeals, for those who may see the violation; and for any clerk, one never towed that an
     * appeal overturned, whose refund any clerk hands back.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Case caseOf(UUID violationId) {
        caller.require(Permission.READ_APPEALS);
        Violation violation = violations.findByIdOptional(violationId)
                .filter(v -> visible(v) || caller.has(Role.CLERK) && v.getImpoundId() == null && v.getOverturnedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("violation", violationId));
        return new Case(violation, appeals.ofViolation(violationId));
    }

    /** Oldest first; a clerk sees those of the vehicles towed to their lot. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Appeal> list(AppealStatus status, int limit) {
        caller.require(Permission.READ_APPEALS);
        return appeals.search(status, caller.seesEverything() ? null : caller.lotCode(), limit);
    }

    @Transactional
    public Appeal decide(UUID id, @Valid @NotNull DecisionRequest request) {
        caller.require(Permission.DECIDE_APPEAL);
        Appeal appeal = appeals.lock(id).orElseThrow(() -> ProblemException.notFound("appeal", id));
        Violation violation = violations.lock(appeal.getViolationId()).orElseThrow(() -> ProblemException.notFound("appeal", id));
        Instant now = time.now();
        appeal.requireOpen();
        Earned reversed = Earned.NOTHING;
        long refundDue = 0;
        if (request.outcome() == AppealOutcome.OVERTURNED) {
            Optional<Impound> impound = Optional.ofNullable(violation.getImpoundId()).flatMap(impounds::lockForChange);
            reversed = earned(violation, impound);
            if (violation.overturn(request.reason(), caller.username(), now)) {
                published.fire(new ViolationCancelled(violation.getId(), now, violation.getDistrictCode(), violation.getViolationType()));
            }
            refundDue = refunds.due(new RefundBasis(violation.getId(), violation.getImpoundId(), violation.getDistrictCode(),
                    violation.getViolationType(), true));
        }
        appeal.decide(request.outcome(), request.reason(), now, caller.username(), refundDue);
        audit.record(caller.username(), AuditAction.APPEAL_DECIDED, AuditEntity.VIOLATION, violation.getId(), AuditData.of(
                "appealId", id, "outcome", request.outcome(), "reason", request.reason(),
                "refundDue", request.outcome() == AppealOutcome.OVERTURNED ? refundDue : null));
        published.fire(new AppealDecided(id, violation.getId(), now, violation.getDistrictCode(), violation.getViolationType(),
                request.outcome(), reversed.fine(), reversed.tow(), reversed.storage(), reversed.vat()));
        return appeal;
    }

    /** The revenue the reports already counted for the violation: the fine paid on the spot, or the charges at release. */
    private Earned earned(Violation violation, Optional<Impound> impound) {
        if (violation.getStatus() == ViolationStatus.SETTLED) {
            return new Earned(violation.getFineAmount(), 0, 0, 0);
        }
        if (impound.isPresent() && impound.get().getReleasedAt() != null) {
            Quote atRelease = fees.quote(impound.get().chargeBasis(), impound.get().getReleasedAt());
            return new Earned(atRelease.charged(FeeKind.FINE), atRelease.charged(FeeKind.TOW), atRelease.charged(FeeKind.STORAGE),
                    atRelease.charged(FeeKind.VAT));
        }
        return Earned.NOTHING;
    }

    private record Earned(long fine, long tow, long storage, long vat) {
        static final Earned NOTHING = new Earned(0, 0, 0, 0);
    }

    private boolean visible(Violation violation) {
        return caller.maySeeViolation(violation.getDistrictCode(), violation.getImpoundLotCode());
    }
}

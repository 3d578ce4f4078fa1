package city.clearway.impound;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException;
import city.clearway.common.TimeSource;
import city.clearway.impound.ReleaseDtos.DebtOverrideRequest;
import city.clearway.impound.ReleaseDtos.OtherDebtView;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A supervisor lets a vehicle leave although other impounds of its plate still owe money (PRODUCT §9). Only a
 * SUPERVISOR, whatever the channel; only while the vehicle is in the lot. The debts it covered go into the audit event.
 */
@ApplicationScoped
public class DebtOverrides {

    private final ImpoundRepository impounds;
    private final DebtOverrideRepository overrides;
    private final OtherDebts otherDebts;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;

    DebtOverrides(ImpoundRepository impounds, DebtOverrideRepository overrides, OtherDebts otherDebts, AuditLog audit, TimeSource time,
                  Caller caller) {
        this.impounds = impounds;
        this.overrides = overrides;
        this.otherDebts = otherDebts;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    @Transactional
    public DebtOverride record(UUID id, @Valid @NotNull DebtOverrideRequest request) {
        caller.require(Permission.OVERRIDE_DEBTS);
        Impound impound = impounds.lockForChange(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("impound", id));
        impound.getStatus().requireInLot();
        Instant now = time.now();
        List<OtherDebtView> debts = otherDebts.of(impound, now);
        DebtOverride override = new DebtOverride(id, request.reason(), now, caller.username());
        overrides.persist(override);
        audit.record(caller.username(), AuditAction.DEBT_OVERRIDE_RECORDED, AuditEntity.IMPOUND, id, AuditData.of(
                "overrideId", override.getId(), "reason", override.getReason(),
                "otherDebts", debts.stream().map(debt -> debt.ticketNumber() + " " + debt.lotCode() + " " + debt.balance()).toList()));
        return override;
    }

    /** The overrides of a vehicle the caller may see, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DebtOverride> of(Impound impound) {
        return overrides.forImpound(impound.getId());
    }

    private boolean visible(Impound impound) {
        return caller.maySeeImpound(impound.getLotCode(), impound.getViolation().getDistrictCode());
    }
}

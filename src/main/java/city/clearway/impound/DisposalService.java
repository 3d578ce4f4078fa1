package city.clearway.impound;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.CityTime;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.TimeSource;
import city.clearway.fee.FeeService;
import city.clearway.fee.FeeService.DisposalSettlement;
import city.clearway.impound.ImpoundDtos.DisposalRequest;
import city.clearway.reference.ImpoundLotRepository;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Unclaimed vehicles (PRODUCT §9): which have stayed in the lot for a number of days, and their disposal by a
 * supervisor once the waiting period has passed and the owner's final notice was sent. The proceeds settle the
 * balance; what they do not cover is written off, since no one is left to owe it for a vehicle no longer held, and
 * what they leave over is recorded as the owner's surplus.
 */
@ApplicationScoped
public class DisposalService {

    private final ImpoundRepository impounds;
    private final OwnerNoticeRepository notices;
    private final ImpoundLotRepository lots;
    private final FeeService fees;
    private final LotSettings settings;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;
    private final Event<Object> published;
    private final CityTime cityTime;

    DisposalService(ImpoundRepository impounds, OwnerNoticeRepository notices, ImpoundLotRepository lots, FeeService fees,
                    LotSettings settings, AuditLog audit, TimeSource time, Caller caller, Event<Object> published, CityTime cityTime) {
        this.cityTime = cityTime;
        this.impounds = impounds;
        this.notices = notices;
        this.lots = lots;
        this.fees = fees;
        this.settings = settings;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
        this.published = published;
    }

    /** Vehicles still in the lot at least {@code days} after intake, the longest unclaimed first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Impound> unclaimed(String lotCode, String plate, int days, int limit) {
        caller.require(Permission.LIST_IMPOUNDS);
        String lot = lotCode;
        if (!caller.seesEverything()) {
            if (lotCode != null && !lotCode.equals(caller.lotCode())) {
                throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-lot", lotCode);
            }
            lot = caller.lotCode();
        }
        return impounds.inLotSince(lot, plate, time.now().minus(Duration.ofDays(days)), limit);
    }

    @Transactional
    public Impound dispose(UUID id, @Valid @NotNull DisposalRequest request) {
        caller.require(Permission.DISPOSE_VEHICLE);
        Impound impound = impounds.lockForChange(id)
                .filter(i -> caller.maySeeImpound(i.getLotCode(), i.getDistrictCode()))
                .orElseThrow(() -> ProblemException.notFound("impound", id));
        impound.getStatus().moveTo(ImpoundStatus.DISPOSED);
        if (impound.hasActiveHold()) {
            throw ProblemException.of(ProblemType.ACTIVE_HOLD);
        }
        Instant now = time.now();
        Instant disposableFrom = settings.schedule().disposableFrom(impound.getImpoundedAt());
        if (now.isBefore(disposableFrom)) {
            throw ProblemException.of(ProblemType.DISPOSAL_TOO_EARLY, settings.disposalAfterDays(),
                    cityTime.dayOf(disposableFrom).toString());
        }
        if (!notices.finalNoticeSent(id)) {
            throw ProblemException.of(ProblemType.FINAL_NOTICE_NOT_SENT);
        }
        long proceeds = request.proceeds() == null ? 0 : request.proceeds();
        String by = caller.username();
        impound.dispose(new Disposal(request.method(), request.reference(), proceeds, now, by));
        DisposalSettlement settled = fees.settleAtDisposal(impound.chargeBasis(), proceeds, request.reference(),
                "Written off at disposal " + request.reference());
        impound.getDisposal().settled(settled.writtenOff(), settled.surplus());
        lots.vacateOne(impound.getLotCode());
        notices.cancelUnsent(id, now);
        audit.record(by, AuditAction.VEHICLE_DISPOSED, AuditEntity.IMPOUND, id, AuditData.of(
                "method", request.method(), "reference", request.reference(), "proceeds", proceeds, "balance", settled.balance(),
                "applied", settled.applied(), "writtenOff", settled.writtenOff(), "surplus", settled.surplus()));
        published.fire(new VehicleDisposed(id, impound.getViolation().getId(), now, impound.getDistrictCode(),
                impound.getViolation().getViolationType(), impound.getLotCode(), request.method(), proceeds));
        return impound;
    }
}

package city.clearway.impound;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.IfMatch;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.Sequences;
import city.clearway.common.TimeSource;
import city.clearway.fee.FeeDtos.PaymentRequest;
import city.clearway.fee.FeeDtos.WaiverRequest;
import city.clearway.fee.FeeKind;
import city.clearway.fee.FeeService;
import city.clearway.fee.Payment;
import city.clearway.fee.Quote;
import city.clearway.fee.TariffService;
import city.clearway.fee.TariffTerms;
import city.clearway.fee.Waiver;
import city.clearway.impound.ImpoundDtos.HoldRequest;
import city.clearway.impound.ImpoundDtos.ImpoundRequest;
import city.clearway.impound.ImpoundDtos.ReleaseRequest;
import city.clearway.reference.ImpoundLot;
import city.clearway.reference.ImpoundLotRepository;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import city.clearway.security.Role;
import city.clearway.violation.Violation;
import city.clearway.violation.ViolationRepository;
import city.clearway.violation.ViolationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The lot's side of the lifecycle: intake, holds, payments, waivers and release. Every change locks the impound
 * row, checks the caller's scope and the state, writes the audit event and bumps the version, in one transaction.
 * Requests are validated here, whichever channel they came through: the office forms meet the same limits as the API.
 */
@ApplicationScoped
public class ImpoundService {


    private final ImpoundRepository impounds;
    private final ViolationRepository violations;
    private final ImpoundLotRepository lots;
    private final TariffService tariffs;
    private final FeeService fees;
    private final Sequences sequences;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;
    private final Event<Object> published;
    private final OtherDebts otherDebts;

    ImpoundService(ImpoundRepository impounds, ViolationRepository violations, ImpoundLotRepository lots, TariffService tariffs,
                   FeeService fees, Sequences sequences, AuditLog audit, TimeSource time, Caller caller, Event<Object> published,
                   OtherDebts otherDebts) {
        this.published = published;
        this.otherDebts = otherDebts;
        this.impounds = impounds;
        this.violations = violations;
        this.lots = lots;
        this.tariffs = tariffs;
        this.fees = fees;
        this.sequences = sequences;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    /** A towed vehicle enters a lot: by an inspector of the violation's district or a clerk of that lot. */
    @Transactional
    public Impound intake(UUID violationId, @Valid @NotNull ImpoundRequest request) {
        caller.require(Permission.RECORD_INTAKE);
        // A clerk receives the tows of every district: the violation's id comes with the vehicle.
        Violation violation = violations.lock(violationId)
                .filter(v -> caller.has(Role.CLERK) || caller.maySeeViolation(v.getDistrictCode(), v.getImpoundLotCode()))
                .orElseThrow(() -> ProblemException.notFound("violation", violationId));
        ImpoundLot lot = lots.findByIdOptional(request.lotCode())
                .orElseThrow(() -> ProblemException.invalid("lotCode", "unknown-lot", request.lotCode()));
        if (!caller.inspectsDistrict(violation.getDistrictCode()) && !caller.clerksAtLot(lot.getCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "impound-scope");
        }
        Instant now = time.now();
        Instant towedAt = request.towedAt() == null ? null : request.towedAt().toInstant();
        if (towedAt != null && time.inTheFuture(towedAt)) {
            throw ProblemException.invalid("towedAt", "not-in-future");
        }
        violation.getStatus().moveTo(ViolationStatus.IMPOUNDED);
        TariffTerms tariff = tariffs.inForceAt(now);
        if (!lots.occupyOne(lot.getCode())) {
            throw ProblemException.of(ProblemType.LOT_FULL, lot.getCode(), lot.getCapacity());
        }
        Impound impound = new Impound(violation, lot.getCode(), tariff.version(), now, towedAt, request.towOperator(),
                caller.username());
        impounds.persist(impound);
        violation.impounded(impound.getId(), lot.getCode());
        audit.record(caller.username(), AuditAction.VEHICLE_IMPOUNDED, AuditEntity.IMPOUND, impound.getId(), AuditData.of(
                "violationId", violationId, "ticketNumber", violation.getTicketNumber(), "plate", violation.getPlate(),
                "lotCode", lot.getCode(), "tariffVersion", tariff.version(), "towOperator", request.towOperator(),
                "towedAt", towedAt, "impoundedAt", now));
        published.fire(new VehicleImpounded(impound.getId(), violationId, now, violation.getDistrictCode(), violation.getViolationType(),
                lot.getCode()));
        return impound;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Impound get(UUID id) {
        return impounds.withViolation(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("impound", id));
    }

    /** The impound of a violation, if it was towed and the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Impound> forViolation(UUID violationId) {
        return impounds.forViolation(violationId).filter(this::visible);
    }

    /** Newest first. A clerk sees only their own lot, whatever they ask for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Impound> list(String lotCode, ImpoundStatus status, String plate, int limit) {
        return impounds.search(listedLot(lotCode), status, plate, limit);
    }

    /** The lot inventory as {@link #list} finds it, each vehicle with its balance now, read in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InventoryLine> inventory(ImpoundStatus status, String plate, int limit) {
        List<InventoryRow> rows = impounds.inventory(listedLot(null), status, plate, limit);
        Instant now = time.now();
        return rows.stream()
                .map(row -> new InventoryLine(row.impound(), row.violation(),
                        fees.balance(row.impound().chargeBasis(), row.paid(), row.waived(), row.chargedAtRelease(), now), row.onHold()))
                .toList();
    }

    private String listedLot(String lotCode) {
        caller.require(Permission.LIST_IMPOUNDS);
        if (caller.seesEverything()) {
            return lotCode;
        }
        String own = caller.lotCode();
        if (lotCode != null && !lotCode.equals(own)) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-lot", lotCode);
        }
        return own;
    }

    /** What is owed at {@code at} (now when absent; never in the past). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Quote quote(UUID id, Instant at) {
        Impound impound = get(id);
        Instant now = time.now();
        if (at != null && at.isBefore(now)) {
            throw ProblemException.invalid("at", "not-in-past");
        }
        return fees.quote(impound.chargeBasis(), at == null ? now : at);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Payment> payments(UUID id) {
        return fees.payments(get(id).getId());
    }

    /** One payment for the impound, by the number on its receipt. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Payment receipt(UUID id, String receiptNumber) {
        return payments(id).stream().filter(payment -> payment.getReceiptNumber().equals(receiptNumber)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("receipt", receiptNumber));
    }

    @Transactional
    public Payment takePayment(UUID id, @Valid @NotNull PaymentRequest request) {
        caller.require(Permission.TAKE_PAYMENT);
        Impound impound = lockForChange(id);
        requireClerkOf(impound);
        impound.getStatus().requireInLot();
        Payment payment = fees.takePayment(impound.chargeBasis(), request.amount(), request.method(), request.reference());
        audit.record(caller.username(), AuditAction.PAYMENT_TAKEN, AuditEntity.IMPOUND, id, AuditData.of(
                "receiptNumber", payment.getReceiptNumber(), "amount", payment.getAmount(), "method", payment.getMethod(),
                "reference", payment.getReference()));
        return payment;
    }

    @Transactional
    public Waiver grantWaiver(UUID id, @Valid @NotNull WaiverRequest request) {
        caller.require(Permission.GRANT_WAIVER);
        Impound impound = lockForChange(id);
        impound.getStatus().requireInLot();
        Waiver waiver = fees.grantWaiver(impound.chargeBasis(), request.amount(), request.reason());
        audit.record(caller.username(), AuditAction.WAIVER_GRANTED, AuditEntity.IMPOUND, id, AuditData.of(
                "waiverId", waiver.getId(), "amount", waiver.getAmount(), "reason", waiver.getReason()));
        return waiver;
    }

    @Transactional
    public Hold placeHold(UUID id, @Valid @NotNull HoldRequest request) {
        caller.require(Permission.MANAGE_HOLDS);
        Impound impound = lockForChange(id);
        Hold hold = impound.placeHold(request.authority(), request.reason(), request.reference(), time.now(), caller.username());
        audit.record(caller.username(), AuditAction.HOLD_PLACED, AuditEntity.IMPOUND, id, AuditData.of(
                "holdId", hold.getId(), "authority", hold.getAuthority(), "reason", hold.getReason(), "reference", hold.getReference()));
        return hold;
    }

    @Transactional
    public Hold liftHold(UUID id, UUID holdId, @NotBlank @Size(max = 1000) String reason) {
        caller.require(Permission.MANAGE_HOLDS);
        Impound impound = lockForChange(id);
        Hold hold = impound.liftHold(holdId, reason, time.now(), caller.username());
        audit.record(caller.username(), AuditAction.HOLD_LIFTED, AuditEntity.IMPOUND, id, AuditData.of("holdId", holdId, "reason", reason));
        return hold;
    }

    /**
     * Hands the vehicle to its owner, or to whoever shows the documents their kind needs ({@link RecipientRules}). Of
     * fifty clerks pressing "release" at once, the first takes the row lock and releases; the others then find the
     * version moved on ({@code 412}). Other impounds of the plate that still owe stop it ({@code 409}) unless a
     * supervisor overrode them.
     */
    @Transactional
    public Impound release(UUID id, IfMatch ifMatch, @Valid @NotNull ReleaseRequest request) {
        caller.require(Permission.RELEASE_VEHICLE);
        Impound impound = impounds.lockForRelease(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("impound", id));
        requireClerkOf(impound);
        Recipient recipient = RecipientRules.check(claimed(request));
        ifMatch.check(impound.getVersion());
        impound.ensureReleasable();
        Quote quote = fees.quote(impound.chargeBasis(), time.now());
        if (quote.balance() > 0) {
            throw ProblemException.of(ProblemType.BALANCE_DUE, quote.balance());
        }
        otherDebts.requireNoneOrOverridden(impound, quote.asOf());
        fees.freezeAtRelease(impound.chargeBasis(), quote);
        String releaseNumber = String.format("REL-%08d", sequences.next(Sequences.RELEASE));
        impound.release(releaseNumber, recipient, quote, caller.username());
        lots.vacateOne(impound.getLotCode());
        published.fire(new VehicleReleased(id, impound.getViolation().getId(), impound.getReleasedAt(),
                impound.getViolation().getDistrictCode(), impound.getViolation().getViolationType(), impound.getLotCode(),
                quote.charged(FeeKind.FINE), quote.charged(FeeKind.TOW), quote.charged(FeeKind.STORAGE), quote.charged(FeeKind.VAT),
                impound.stay().toSeconds()));
        audit.record(caller.username(), AuditAction.VEHICLE_RELEASED, AuditEntity.IMPOUND, id, AuditData.of(
                "releaseNumber", releaseNumber, "violationId", impound.getViolation().getId(), "releasedToKind", recipient.kind(),
                "releasedToName", recipient.name(), "releasedToNationalId", recipient.nationalId(),
                "ownershipDocument", recipient.ownershipDocument(), "companyName", recipient.companyName(),
                "companyNationalId", recipient.companyNationalId(), "documentType", recipient.documentType(),
                "documentNumber", recipient.documentNumber(), "country", recipient.country(),
                "powerOfAttorneyNumber", recipient.powerOfAttorneyNumber(), "charged", quote.charged(), "paid", quote.paid(),
                "waived", quote.waived()));
        return impound;
    }

    private static Recipient claimed(ReleaseRequest request) {
        var to = request.releasedTo();
        return to == null ? Recipient.owner(request.releasedToName(), request.releasedToNationalId(), request.ownershipDocument())
                : new Recipient(to.kind(), request.releasedToName(), request.releasedToNationalId(), request.ownershipDocument(),
                to.companyName(), to.companyNationalId(), to.documentType(), to.documentNumber(), to.country(), to.powerOfAttorneyNumber());
    }

    private Impound lockForChange(UUID id) {
        return impounds.lockForChange(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("impound", id));
    }

    private void requireClerkOf(Impound impound) {
        if (!caller.clerksAtLot(impound.getLotCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-lot", impound.getLotCode());
        }
    }

    private boolean visible(Impound impound) {
        return caller.maySeeImpound(impound.getLotCode(), impound.getViolation().getDistrictCode());
    }
}

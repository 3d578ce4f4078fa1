package city.clearway.violation;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditEvent;
import city.clearway.audit.AuditEventRepository;
import city.clearway.audit.AuditLog;
import city.clearway.common.IfMatch;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.Sequences;
import city.clearway.common.TimeSource;
import city.clearway.fee.FeeCalculator.Fine;
import city.clearway.fee.FeeService;
import city.clearway.fee.Payment;
import city.clearway.fee.PaymentMethod;
import city.clearway.fee.TariffService;
import city.clearway.fee.TariffTerms;
import city.clearway.plate.InvalidPlateException;
import city.clearway.plate.Plate;
import city.clearway.reference.DistrictRepository;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import city.clearway.violation.ViolationDtos.ViolationCreate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registering violations and moving them through their lifecycle; every change checked, audited and versioned. */
@ApplicationScoped
public class ViolationService {

    private final ViolationRepository violations;
    private final DistrictRepository districts;
    private final TariffService tariffs;
    private final FeeService fees;
    private final Sequences sequences;
    private final AuditLog audit;
    private final AuditEventRepository auditEvents;
    private final TimeSource time;
    private final Caller caller;
    private final Event<Object> published;

    ViolationService(ViolationRepository violations, DistrictRepository districts, TariffService tariffs, FeeService fees,
                     Sequences sequences, AuditLog audit, AuditEventRepository auditEvents, TimeSource time, Caller caller,
                     Event<Object> published) {
        this.published = published;
        this.violations = violations;
        this.districts = districts;
        this.tariffs = tariffs;
        this.fees = fees;
        this.sequences = sequences;
        this.audit = audit;
        this.auditEvents = auditEvents;
        this.time = time;
        this.caller = caller;
    }

    /** A registered violation and whether this request created it (or found the same offline capture again). */
    public record Registration(Violation violation, boolean created) {
    }

    /** A settled violation with the receipt of the fine paid on the spot. */
    public record Settlement(Violation violation, Payment receipt) {
    }

    @Transactional
    public Registration register(ViolationCreate request) {
        caller.require(Permission.REGISTER_VIOLATION);
        Submission submission = read(request);
        if (!caller.inspectsDistrict(submission.districtCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-district", submission.districtCode());
        }
        if (request.id() != null) {
            Optional<Violation> existing = violations.findByIdOptional(request.id());
            if (existing.isPresent()) {
                if (!existing.get().getSubmissionHash().equals(submission.hash())) {
                    throw ProblemException.of(ProblemType.ID_REUSED, request.id());
                }
                return new Registration(existing.get(), false);
            }
        }
        Instant now = time.now();
        TariffTerms tariff = tariffs.inForceAt(now);
        long fine = tariff.fine(submission.violationType());
        String ticket = String.format("%s-%08d", submission.districtCode(), sequences.next(Sequences.TICKET));
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        Violation violation = new Violation(id, ticket, submission, now, caller.username(), tariff.version(), fine);
        violations.persist(violation);
        audit.record(caller.username(), AuditAction.VIOLATION_REGISTERED, AuditEntity.VIOLATION, id, AuditData.of(
                "ticketNumber", ticket, "plate", violation.getPlate(), "vehicleClass", violation.getVehicleClass(),
                "violationType", violation.getViolationType(), "districtCode", violation.getDistrictCode(),
                "lat", violation.getLat(), "lon", violation.getLon(), "address", violation.getAddress(),
                "observedAt", violation.getObservedAt(), "note", violation.getNote(),
                "fineAmount", fine, "fineTariffVersion", tariff.version(), "complaintId", request.complaintId()));
        published.fire(new ViolationRegistered(id, now, violation.getDistrictCode(), violation.getViolationType(),
                request.complaintId()));
        return new Registration(violation, true);
    }

    /** A violation the caller may see; one they may not see does not exist for them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Violation get(UUID id) {
        return violations.findByIdOptional(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("violation", id));
    }

    @Transactional
    public Violation cancel(UUID id, IfMatch ifMatch, String reason) {
        caller.require(Permission.CANCEL_VIOLATION);
        Violation violation = lockVisible(id);
        ifMatch.check(violation.getVersion());
        violation.cancel(reason, caller.username(), time.now());
        published.fire(new ViolationCancelled(id, violation.getCancelledAt(), violation.getDistrictCode(), violation.getViolationType()));
        audit.record(caller.username(), AuditAction.VIOLATION_CANCELLED, AuditEntity.VIOLATION, id, AuditData.of("reason", reason));
        return violation;
    }

    @Transactional
    public Settlement settle(UUID id, long amount, PaymentMethod method, String reference) {
        caller.require(Permission.SETTLE_ON_SCENE);
        Violation violation = lockVisible(id);
        if (!caller.inspectsDistrict(violation.getDistrictCode())) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-district", violation.getDistrictCode());
        }
        violation.getStatus().moveTo(ViolationStatus.SETTLED);
        Payment receipt = fees.settleFine(id, violation.getDistrictCode(), violation.getViolationType(),
                new Fine(violation.getFineAmount(), violation.getFineTariffVersion()), amount, method, reference);
        violation.settled();
        published.fire(new ViolationSettled(id, receipt.getReceivedAt(), violation.getDistrictCode(), violation.getViolationType(),
                receipt.getAmount()));
        audit.record(caller.username(), AuditAction.VIOLATION_SETTLED, AuditEntity.VIOLATION, id, AuditData.of(
                "receiptNumber", receipt.getReceiptNumber(), "amount", receipt.getAmount(), "method", receipt.getMethod(),
                "reference", receipt.getReference()));
        return new Settlement(violation, receipt);
    }

    /** Every audit event of the violation and of its impound, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(Violation violation) {
        caller.require(Permission.READ_HISTORY);
        return auditEvents.about(AuditEntity.VIOLATION, violation.getId(), AuditEntity.IMPOUND, violation.getImpoundId());
    }

    /** Newest first, within what the caller may see: an inspector only ever searches their own district. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page search(ViolationSearch search) {
        return page(scoped(search));
    }

    /** The search as this caller may run it: an inspector's is held to their own district. */
    public ViolationSearch scoped(ViolationSearch search) {
        caller.require(Permission.SEARCH_VIOLATIONS);
        if (caller.seesEverything()) {
            return search;
        }
        String own = caller.districtCode();
        if (search.districtCode() != null && !search.districtCode().equals(own)) {
            throw ProblemException.withDetail(ProblemType.OUTSIDE_SCOPE, "not-your-district", search.districtCode());
        }
        return search.inDistrict(own);
    }

    /** One page of a search already held to the caller's scope. */
    Page page(ViolationSearch scoped) {
        List<Violation> rows = violations.search(scoped);
        if (rows.size() <= scoped.limit()) {
            return new Page(rows, null);
        }
        List<Violation> page = rows.subList(0, scoped.limit());
        Violation last = page.get(page.size() - 1);
        return new Page(page, new ViolationCursor(last.getRegisteredAt(), last.getId()));
    }

    /** One page of violations and where the next one starts ({@code null} on the last page). */
    public record Page(List<Violation> items, ViolationCursor next) {

        public String nextCursor() {
            return next == null ? null : next.encode();
        }
    }

    private Violation lockVisible(UUID id) {
        return violations.lock(id).filter(this::visible).orElseThrow(() -> ProblemException.notFound("violation", id));
    }

    private boolean visible(Violation violation) {
        return caller.maySeeViolation(violation.getDistrictCode(), violation.getImpoundLotCode());
    }

    private Submission read(ViolationCreate request) {
        Plate plate;
        try {
            plate = Plate.parse(request.plate());
        } catch (InvalidPlateException e) {
            throw ProblemException.invalid("plate", "plate");
        }
        if (!districts.exists(request.districtCode())) {
            throw ProblemException.invalid("districtCode", "unknown-district", request.districtCode());
        }
        Instant observedAt = request.observedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        if (time.inTheFuture(observedAt)) {
            throw ProblemException.invalid("observedAt", "not-in-future");
        }
        return new Submission(plate, request.vehicleClass(), request.violationType(), request.districtCode(),
                request.location().lat(), request.location().lon(), request.location().address(), observedAt, request.note());
    }
}

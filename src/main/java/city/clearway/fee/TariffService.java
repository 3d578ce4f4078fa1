package city.clearway.fee;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ProblemException.FieldProblem;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.TimeSource;
import city.clearway.fee.TariffDtos.TariffCreate;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class TariffService {

    private final TariffRepository tariffs;
    private final AuditLog audit;
    private final TimeSource time;
    private final Caller caller;
    /** Versions never change once published, so their terms can be kept. */
    private final Map<Integer, TariffTerms> termsByVersion = new ConcurrentHashMap<>();

    TariffService(TariffRepository tariffs, AuditLog audit, TimeSource time, Caller caller) {
        this.tariffs = tariffs;
        this.audit = audit;
        this.time = time;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tariff> list() {
        caller.require(Permission.READ_TARIFFS);
        return tariffs.newestFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tariff get(int version) {
        return tariffs.findByIdOptional(version).orElseThrow(() -> ProblemException.notFound("tariff", version));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tariff current() {
        return tariffs.inForceAt(time.now()).orElseThrow(() -> ProblemException.notFound("tariff-in-force", ""));
    }

    /** The prices in force at that moment; a {@code 409} when no version had been published by then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TariffTerms inForceAt(Instant at) {
        int version = tariffs.versionInForceAt(at).orElseThrow(() -> ProblemException.of(ProblemType.NO_TARIFF_IN_FORCE));
        return terms(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TariffTerms terms(int version) {
        return termsByVersion.computeIfAbsent(version, v -> get(v).terms());
    }

    @Transactional
    public Tariff publish(TariffCreate request) {
        caller.require(Permission.MANAGE_REFERENCE_DATA);
        Instant now = time.now();
        Instant effectiveFrom = request.effectiveFrom() == null ? now : request.effectiveFrom().toInstant();
        List<FieldProblem> problems = new ArrayList<>();
        for (ViolationType type : ViolationType.values()) {
            if (!request.fines().containsKey(type)) {
                problems.add(new FieldProblem("fines." + type.name(), "required"));
            }
        }
        for (VehicleClass vehicleClass : VehicleClass.values()) {
            if (!request.towFees().containsKey(vehicleClass)) {
                problems.add(new FieldProblem("towFees." + vehicleClass.name(), "required"));
            }
            if (!request.storagePerDay().containsKey(vehicleClass)) {
                problems.add(new FieldProblem("storagePerDay." + vehicleClass.name(), "required"));
            }
        }
        if (effectiveFrom.isBefore(now)) {
            problems.add(new FieldProblem("effectiveFrom", "not-in-past"));
        }
        Optional<Tariff> latest = tariffs.latest();
        if (latest.isPresent() && !effectiveFrom.isAfter(latest.get().getEffectiveFrom())) {
            problems.add(new FieldProblem("effectiveFrom", "after-latest-tariff", latest.get().getVersion()));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        int version = latest.map(t -> t.getVersion() + 1).orElse(1);
        TariffTerms terms = new TariffTerms(version, request.fines(), request.towFees(), request.storagePerDay(),
                request.storageGraceHours(), request.vatPercent().setScale(2));
        Tariff tariff = new Tariff(terms, effectiveFrom, now, caller.username());
        tariffs.persist(tariff);
        audit.record(caller.username(), AuditAction.TARIFF_PUBLISHED, AuditEntity.TARIFF, version, AuditData.of(
                "version", version, "effectiveFrom", effectiveFrom, "fines", terms.fines(), "towFees", terms.towFees(),
                "storagePerDay", terms.storagePerDay(), "storageGraceHours", terms.storageGraceHours(),
                "vatPercent", terms.vatPercent().toPlainString()));
        return tariff;
    }
}

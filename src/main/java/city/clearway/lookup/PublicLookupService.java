package city.clearway.lookup;

import city.clearway.common.ProblemException;
import city.clearway.common.RateLimiter;
import city.clearway.common.TimeSource;
import city.clearway.fee.FeeService;
import city.clearway.impound.Impound;
import city.clearway.impound.ImpoundRepository;
import city.clearway.plate.InvalidPlateException;
import city.clearway.plate.Plate;
import city.clearway.reference.ImpoundLot;
import city.clearway.reference.ImpoundLotRepository;
import city.clearway.violation.Violation;
import city.clearway.violation.ViolationRepository;
import city.clearway.violation.ViolationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a vehicle owner may learn without signing in: where the vehicle is and what is owed. Nothing personal
 * (no inspector, no location of the violation, no names) leaves here. Only an open case is shown, and only to someone
 * who knows both its plate and its ticket number; each client address may ask {@link #LOOKUPS_PER_MINUTE} times a
 * minute, so neither can be found by trying.
 */
@ApplicationScoped
public class PublicLookupService {

    public static final int LOOKUPS_PER_MINUTE = 30;

    private final ViolationRepository violations;
    private final ImpoundRepository impounds;
    private final ImpoundLotRepository lots;
    private final FeeService fees;
    private final TimeSource time;
    private final RateLimiter limiter = new RateLimiter(LOOKUPS_PER_MINUTE, Duration.ofMinutes(1));

    PublicLookupService(ViolationRepository violations, ImpoundRepository impounds, ImpoundLotRepository lots, FeeService fees,
                        TimeSource time) {
        this.violations = violations;
        this.impounds = impounds;
        this.lots = lots;
        this.fees = fees;
        this.time = time;
    }

    /** One case as the public sees it. */
    public record PublicCase(Violation violation, ImpoundLot lot, Impound impound, long balance, Instant asOf) {
    }

    /** The open case of this plate and ticket; none when they do not belong together or the case is closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicCase> lookup(String plateText, String ticket, String clientAddress) {
        Instant now = time.now();
        limiter.acquire(clientAddress, now, "lookup-rate");
        List<ProblemException.FieldProblem> missing = new ArrayList<>();
        if (plateText == null) {
            missing.add(new ProblemException.FieldProblem("plate", "plate-and-ticket"));
        }
        if (ticket == null) {
            missing.add(new ProblemException.FieldProblem("ticket", "plate-and-ticket"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.badParameters(missing);
        }
        return violations.openCase(canonical(plateText), ticket.strip()).stream().map(violation -> describe(violation, now)).toList();
    }

    private PublicCase describe(Violation violation, Instant now) {
        if (violation.getStatus() == ViolationStatus.REGISTERED) {
            return new PublicCase(violation, null, null, violation.getFineAmount(), now);
        }
        if (violation.getImpoundId() == null) {
            return new PublicCase(violation, null, null, 0, now);
        }
        Impound impound = impounds.findById(violation.getImpoundId());
        ImpoundLot lot = lots.findById(impound.getLotCode());
        long balance = fees.quote(impound.chargeBasis(), now).balance();
        return new PublicCase(violation, lot, impound, balance, now);
    }

    private static String canonical(String plate) {
        try {
            return Plate.parse(plate).canonical();
        } catch (InvalidPlateException e) {
            throw ProblemException.badParameter("plate", "plate");
        }
    }
}

package city.clearway.lookup;

import city.clearway.common.ProblemException;
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

import java.time.Instant;
import java.util.List;

/**
 * What a vehicle owner may learn without signing in: where the vehicle is and what is owed. Nothing personal
 * (no inspector, no location of the violation, no names) leaves here.
 */
@ApplicationScoped
public class PublicLookupService {

    private final ViolationRepository violations;
    private final ImpoundRepository impounds;
    private final ImpoundLotRepository lots;
    private final FeeService fees;
    private final TimeSource time;

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

    /** The case of one ticket (checked against the plate when both are given), or the open cases of a plate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicCase> lookup(String plateText, String ticket) {
        if (plateText == null && ticket == null) {
            throw ProblemException.badParameter("plate", "plate-or-ticket");
        }
        String plate = plateText == null ? null : canonical(plateText);
        Instant now = time.now();
        List<Violation> found = ticket != null
                ? violations.byTicketNumber(ticket).filter(v -> plate == null || v.getPlate().equals(plate)).stream().toList()
                : violations.openForPlate(plate);
        return found.stream().map(violation -> describe(violation, now)).toList();
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

package city.clearway.impound;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.Rials;
import city.clearway.fee.FeeService;
import city.clearway.impound.ReleaseDtos.OtherDebtView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The money a plate still owes at its other impounds, whichever lot they are in (PRODUCT §9, "Debts"): a vehicle does not
 * leave while the same plate owes elsewhere, unless a supervisor recorded an override for it. Balances come from the same
 * fee rules as every quote. The rule sees every lot; what it tells the clerk is only what the owner needs to go and pay.
 */
@ApplicationScoped
public class OtherDebts {

    /** More impounds of one plate than this are not looked at; a plate with that many is a case for the supervisor anyway. */
    private static final int MOST = 200;

    private final ImpoundRepository impounds;
    private final DebtOverrideRepository overrides;
    private final FeeService fees;

    OtherDebts(ImpoundRepository impounds, DebtOverrideRepository overrides, FeeService fees) {
        this.impounds = impounds;
        this.overrides = overrides;
        this.fees = fees;
    }

    /** The other impounds of the plate with a balance above zero at {@code at}, newest first. */
    public List<OtherDebtView> of(Impound impound, Instant at) {
        return impounds.inventory(null, null, impound.getViolation().getPlate(), MOST).stream()
                .filter(row -> !row.impound().getId().equals(impound.getId()))
                .map(row -> new OtherDebtView(row.impound().getId(), row.violation().getTicketNumber(), row.impound().getLotCode(),
                        fees.balance(row.impound().chargeBasis(), row.paid(), row.waived(), row.chargedAtRelease(), at), Rials.CURRENCY))
                .filter(debt -> debt.balance() > 0)
                .toList();
    }

    /** A {@code 409} naming the impounds that owe, unless none does or a supervisor overrode the debts for this one. */
    void requireNoneOrOverridden(Impound impound, Instant at) {
        List<OtherDebtView> debts = of(impound, at);
        if (debts.isEmpty() || overrides.anyFor(impound.getId())) {
            return;
        }
        long total = debts.stream().mapToLong(OtherDebtView::balance).sum();
        String owing = debts.stream().map(debt -> debt.ticketNumber() + " (" + debt.lotCode() + ")").collect(Collectors.joining(", "));
        throw ProblemException.of(ProblemType.OTHER_DEBTS, total, owing).with("otherDebts", debts);
    }
}

package city.clearway.fee;

import city.clearway.common.ProblemException;
import city.clearway.common.Sequences;
import city.clearway.common.TimeSource;
import city.clearway.fee.FeeCalculator.ChargeLine;
import city.clearway.fee.FeeCalculator.Charges;
import city.clearway.fee.FeeCalculator.Fine;
import city.clearway.reference.ViolationType;
import city.clearway.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Money: quotes, payments, waivers and receipts. The callers hold the lock on the impound or violation, check its
 * state and write the audit event; this service keeps the sums right.
 */
@ApplicationScoped
public class FeeService {

    private final TariffService tariffs;
    private final PaymentRepository payments;
    private final WaiverRepository waivers;
    private final ImpoundChargeRepository frozenCharges;
    private final RefundRepository refunds;
    private final Sequences sequences;
    private final TimeSource time;
    private final Caller caller;
    private final Event<Object> published;

    FeeService(TariffService tariffs, PaymentRepository payments, WaiverRepository waivers, ImpoundChargeRepository frozenCharges,
               RefundRepository refunds, Sequences sequences, TimeSource time, Caller caller, Event<Object> published) {
        this.published = published;
        this.tariffs = tariffs;
        this.payments = payments;
        this.waivers = waivers;
        this.frozenCharges = frozenCharges;
        this.refunds = refunds;
        this.sequences = sequences;
        this.time = time;
        this.caller = caller;
    }

    /** The quote at {@code at}; for a released vehicle, the charges as they stood at release. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Quote quote(ChargeBasis basis, Instant at) {
        PaymentRepository.Received received = payments.receivedFor(basis.impoundId());
        long paid = received.paid();
        long waived = received.waived();
        if (basis.cancelledOnAppeal()) {
            return cancelledOnAppeal(basis, at, paid, waived);
        }
        if (basis.released()) {
            List<ChargeLine> lines = frozenCharges.frozenFor(basis.impoundId()).stream().map(ImpoundCharge::line).toList();
            long charged = lines.stream().mapToLong(ChargeLine::amount).sum();
            int days = lines.stream().filter(l -> l.kind() == FeeKind.STORAGE).mapToInt(l -> (int) l.quantity()).sum();
            return new Quote(basis.impoundId(), lines, days, charged, paid, waived, FeeCalculator.balance(charged, paid, waived),
                    basis.releasedAt(), false, 0, 0);
        }
        return running(basis, at, paid, waived);
    }

    private Quote running(ChargeBasis basis, Instant at, long paid, long waived) {
        Charges charges = charges(basis, at);
        return new Quote(basis.impoundId(), charges.lines(), charges.storageDays(), charges.total(), paid, waived,
                FeeCalculator.balance(charges.total(), paid, waived), at, false, 0, 0);
    }

    /** An overturned violation: every line cancelled, nothing owed, what was paid and not yet handed back due to the owner. */
    private Quote cancelledOnAppeal(ChargeBasis basis, Instant at, long paid, long waived) {
        List<ChargeLine> lines = charges(basis, basis.overturnedAt()).lines().stream().map(FeeCalculator::cancelled).toList();
        long refunded = refunds.totalRefundedFor(basis.violationId());
        Instant asOf = basis.released() ? basis.releasedAt() : at;
        return new Quote(basis.impoundId(), lines, 0, 0, paid, waived, 0, asOf, true, refunded, FeeCalculator.refundDue(paid, refunded));
    }

    /**
     * The balance {@link #quote} would give at {@code at}, from sums the caller read with the impound: for a list of
     * vehicles, where reading them again for each would cost queries per row.
     */
    public long balance(ChargeBasis basis, long paid, long waived, long chargedAtRelease, Instant at) {
        if (basis.cancelledOnAppeal()) {
            return 0;
        }
        long charged = basis.released() ? chargedAtRelease : charges(basis, at).total();
        return FeeCalculator.balance(charged, paid, waived);
    }

    /** Takes a payment toward the balance. The caller holds the impound's lock, so parallel payments queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Payment takePayment(ChargeBasis basis, long amount, PaymentMethod method, String reference) {
        requireCounterMethod(method);
        Quote quote = quote(basis, time.now());
        requireWithinBalance(amount, quote.balance());
        Payment payment = new Payment(nextReceiptNumber(), basis.violationId(), basis.impoundId(), basis.districtCode(),
                basis.violationType(), amount, method, reference, time.now(), caller.username());
        payments.persist(payment);
        published.fire(new PaymentReceived(basis.violationId(), basis.impoundId(), payment.getReceivedAt(), basis.districtCode(),
                basis.violationType(), amount, method));
        return payment;
    }

    /** The fine paid on the spot: exactly the fine, nothing else. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Payment settleFine(UUID violationId, String districtCode, ViolationType violationType, Fine fine, long amount,
                              PaymentMethod method, String reference) {
        requireCounterMethod(method);
        if (amount <= 0) {
            throw ProblemException.invalid("amount", "positive");
        }
        if (amount != fine.amount()) {
            throw ProblemException.invalid("amount", "must-equal-fine", fine.amount());
        }
        Payment payment = new Payment(nextReceiptNumber(), violationId, null, districtCode, violationType, amount, method, reference,
                time.now(), caller.username());
        payments.persist(payment);
        published.fire(new PaymentReceived(violationId, null, payment.getReceivedAt(), districtCode, violationType, amount, method));
        return payment;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Waiver grantWaiver(ChargeBasis basis, long amount, String reason) {
        Quote quote = quote(basis, time.now());
        requireWithinBalance(amount, quote.balance());
        Waiver waiver = new Waiver(basis.impoundId(), amount, reason, time.now(), caller.username());
        waivers.persist(waiver);
        published.fire(new WaiverGranted(basis.impoundId(), waiver.getGrantedAt(), basis.districtCode(), basis.violationType(), amount));
        return waiver;
    }

    /** Keeps the charges as they stand at release, so the record never changes afterwards. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void freezeAtRelease(ChargeBasis basis, Quote quote) {
        List<ImpoundCharge> rows = new ArrayList<>();
        for (int i = 0; i < quote.lines().size(); i++) {
            rows.add(new ImpoundCharge(basis.impoundId(), i + 1, quote.lines().get(i)));
        }
        frozenCharges.persist(rows);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Payment> payments(UUID impoundId) {
        return payments.forImpound(impoundId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Payment> settlementOf(UUID violationId) {
        return payments.settlementOf(violationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Payment> receipt(String receiptNumber) {
        return payments.byReceiptNumber(receiptNumber);
    }

    private Charges charges(ChargeBasis basis, Instant at) {
        TariffTerms terms = tariffs.terms(basis.tariffVersion());
        return FeeCalculator.charges(basis.fine(), terms, basis.vehicleClass(), basis.impoundedAt(), at);
    }

    /**
     * Settles the balance of a vehicle disposed of: the charges are kept as they stand, the proceeds are received toward
     * the balance (a receipt with method {@link PaymentMethod#DISPOSAL_PROCEEDS}) and what they do not cover is written
     * off as a waiver giving {@code writeOffReason}. Answers what was written off and what is left over for the owner.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DisposalSettlement settleAtDisposal(ChargeBasis basis, long proceeds, String reference, String writeOffReason) {
        PaymentRepository.Received received = payments.receivedFor(basis.impoundId());
        Quote quote = running(basis, basis.releasedAt(), received.paid(), received.waived());
        freezeAtRelease(basis, quote);
        long applied = Math.min(proceeds, quote.balance());
        if (applied > 0) {
            Payment payment = new Payment(nextReceiptNumber(), basis.violationId(), basis.impoundId(), basis.districtCode(),
                    basis.violationType(), applied, PaymentMethod.DISPOSAL_PROCEEDS, reference, basis.releasedAt(), caller.username());
            payments.persist(payment);
            published.fire(new PaymentReceived(basis.violationId(), basis.impoundId(), payment.getReceivedAt(), basis.districtCode(),
                    basis.violationType(), applied, PaymentMethod.DISPOSAL_PROCEEDS));
        }
        long writtenOff = quote.balance() - applied;
        if (writtenOff > 0) {
            Waiver waiver = new Waiver(basis.impoundId(), writtenOff, writeOffReason, basis.releasedAt(), caller.username());
            waivers.persist(waiver);
            published.fire(new WaiverGranted(basis.impoundId(), waiver.getGrantedAt(), basis.districtCode(), basis.violationType(), writtenOff));
        }
        return new DisposalSettlement(quote.balance(), applied, writtenOff, proceeds - applied);
    }

    /** What a disposal did to the balance: {@code balance} before, the part of the proceeds {@code applied}, the rest. */
    public record DisposalSettlement(long balance, long applied, long writtenOff, long surplus) {
    }

    static void requireCounterMethod(PaymentMethod method) {
        if (method == PaymentMethod.DISPOSAL_PROCEEDS) {
            throw ProblemException.invalid("method", "not-a-counter-method");
        }
    }

    private static void requireWithinBalance(long amount, long balance) {
        if (amount <= 0) {
            throw ProblemException.invalid("amount", "positive");
        }
        if (amount > balance) {
            throw ProblemException.invalid("amount", "exceeds-balance", balance);
        }
    }

    private String nextReceiptNumber() {
        return String.format("RCP-%08d", sequences.next(Sequences.RECEIPT));
    }
}

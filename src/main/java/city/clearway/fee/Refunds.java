package city.clearway.fee;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.common.Sequences;
import city.clearway.common.TimeSource;
import city.clearway.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Refunds: what is owed back once an appeal overturned a violation (everything paid for it, on the spot or at the lot,
 * less what was already handed back) and the recording of each refund. The callers hold the lock on the impound or the
 * violation, check who may refund and write the audit event; this keeps the sums right.
 */
@ApplicationScoped
public class Refunds {

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final Sequences sequences;
    private final TimeSource time;
    private final Caller caller;
    private final Event<Object> published;

    Refunds(PaymentRepository payments, RefundRepository refunds, Sequences sequences, TimeSource time, Caller caller,
            Event<Object> published) {
        this.payments = payments;
        this.refunds = refunds;
        this.sequences = sequences;
        this.time = time;
        this.caller = caller;
        this.published = published;
    }

    /** What is still to be handed back: nothing unless an appeal overturned the violation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long due(RefundBasis basis) {
        if (!basis.overturned()) {
            return 0;
        }
        return FeeCalculator.refundDue(payments.totalPaidForViolation(basis.violationId()), refunds.totalRefundedFor(basis.violationId()));
    }

    /** Hands back up to what is due: {@code 409} when nothing is, {@code 422} for more than is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund record(RefundBasis basis, long amount, PaymentMethod method, String reference) {
        long due = due(basis);
        if (due == 0) {
            throw ProblemException.of(ProblemType.NO_REFUND_DUE);
        }
        FeeService.requireCounterMethod(method);
        if (amount <= 0) {
            throw ProblemException.invalid("amount", "positive");
        }
        if (amount > due) {
            throw ProblemException.invalid("amount", "exceeds-refund-due", due);
        }
        Refund refund = new Refund(String.format("RFD-%08d", sequences.next(Sequences.REFUND)), basis, amount, method, reference,
                time.now(), caller.username());
        refunds.persist(refund);
        published.fire(new RefundRecorded(basis.violationId(), basis.impoundId(), refund.getRefundedAt(), basis.districtCode(),
                basis.violationType(), amount, method));
        return refund;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Refund> of(UUID violationId) {
        return refunds.forViolation(violationId);
    }
}

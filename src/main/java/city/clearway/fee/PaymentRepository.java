package city.clearway.fee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    /** What was paid and what was waived toward an impound. */
    public record Received(long paid, long waived) {
    }

    /** Both sums of an impound in one round trip: a quote needs them together. */
    public Received receivedFor(UUID impoundId) {
        Object[] sums = (Object[]) getEntityManager().createNativeQuery("""
                        select (select coalesce(sum(p.amount), 0) from payment p where p.impound_id = :impound),
                               (select coalesce(sum(w.amount), 0) from waiver w where w.impound_id = :impound)""")
                .setParameter("impound", impoundId)
                .getSingleResult();
        return new Received(((Number) sums[0]).longValue(), ((Number) sums[1]).longValue());
    }

    /** Everything paid for a violation: on the spot, or at the lot toward its impound. */
    public long totalPaidForViolation(UUID violationId) {
        return getEntityManager()
                .createQuery("select coalesce(sum(p.amount), 0) from Payment p where p.violationId = :violation", Long.class)
                .setParameter("violation", violationId)
                .getSingleResult();
    }

    public List<Payment> forImpound(UUID impoundId) {
        return list("impoundId", Sort.ascending("receivedAt", "receiptNumber"), impoundId);
    }

    public Optional<Payment> settlementOf(UUID violationId) {
        return find("violationId = ?1 and impoundId is null", violationId).firstResultOptional();
    }

    public Optional<Payment> byReceiptNumber(String receiptNumber) {
        return find("receiptNumber", receiptNumber).firstResultOptional();
    }
}

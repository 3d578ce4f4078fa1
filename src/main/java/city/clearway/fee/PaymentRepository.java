package city.clearway.fee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public long totalPaidFor(UUID impoundId) {
        Long total = getEntityManager()
                .createQuery("select coalesce(sum(p.amount), 0) from Payment p where p.impoundId = :impound", Long.class)
                .setParameter("impound", impoundId)
                .getSingleResult();
        return total;
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

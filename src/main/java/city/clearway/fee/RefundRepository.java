package city.clearway.fee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RefundRepository implements PanacheRepositoryBase<Refund, UUID> {

    public long totalRefundedFor(UUID violationId) {
        return getEntityManager()
                .createQuery("select coalesce(sum(r.amount), 0) from Refund r where r.violationId = :violation", Long.class)
                .setParameter("violation", violationId)
                .getSingleResult();
    }

    public List<Refund> forViolation(UUID violationId) {
        return list("violationId", Sort.ascending("refundedAt", "refundNumber"), violationId);
    }
}

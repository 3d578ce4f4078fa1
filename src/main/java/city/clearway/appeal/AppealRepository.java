package city.clearway.appeal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    /** Locked for a decision: two supervisors deciding at once are decided one after the other. */
    Optional<Appeal> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<Appeal> ofViolation(UUID violationId) {
        return list("violationId", Sort.ascending("filedAt", "id"), violationId);
    }

    boolean openFor(UUID violationId) {
        return count("openViolationId", violationId) > 0;
    }

    /** Oldest first; at a lot ({@code lotCode} not null) only those of the vehicles towed there. */
    List<Appeal> search(AppealStatus status, String lotCode, int limit) {
        StringBuilder query = new StringBuilder("select a from Appeal a where 1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and a.status = :status");
            parameters.and("status", status);
        }
        if (lotCode != null) {
            query.append(" and exists (select 1 from Violation v where v.id = a.violationId and v.impoundLotCode = :lot)");
            parameters.and("lot", lotCode);
        }
        query.append(" order by a.filedAt, a.id");
        return find(query.toString(), parameters).page(0, limit).list();
    }
}

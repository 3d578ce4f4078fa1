package city.clearway.impound;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ImpoundRepository implements PanacheRepositoryBase<Impound, UUID> {

    /** Locked until the transaction ends: concurrent releases of one vehicle queue here. */
    public Optional<Impound> lockForRelease(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Locked and its version bumped at once: for payments, waivers and holds, which change what the impound means
     * even though no column of its own changes, so a release prepared before them fails its {@code If-Match}.
     */
    public Optional<Impound> lockForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public Optional<Impound> forViolation(UUID violationId) {
        return find("violation.id", violationId).firstResultOptional();
    }

    /** Newest first, with their violations, filtered by whatever is given. */
    public List<Impound> search(String lotCode, ImpoundStatus status, String plate, int limit) {
        StringBuilder query = new StringBuilder("select i from Impound i join fetch i.violation v where 1 = 1");
        Parameters params = new Parameters();
        if (lotCode != null) {
            query.append(" and i.lotCode = :lot");
            params.and("lot", lotCode);
        }
        if (status != null) {
            query.append(" and i.status = :status");
            params.and("status", status);
        }
        if (plate != null) {
            query.append(" and v.plate = :plate");
            params.and("plate", plate);
        }
        query.append(" order by i.impoundedAt desc, i.id desc");
        return find(query.toString(), params).page(0, limit).list();
    }
}

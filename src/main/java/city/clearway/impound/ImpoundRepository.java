package city.clearway.impound;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
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

    /** With its violation in the same query: seeing an impound and quoting it both need the violation. */
    public Optional<Impound> withViolation(UUID id) {
        return find("select i from Impound i join fetch i.violation where i.id = ?1", id).singleResultOptional();
    }

    public Optional<Impound> forViolation(UUID violationId) {
        return find("violation.id", violationId).firstResultOptional();
    }

    /** Newest first, with their violations, filtered by whatever is given. */
    public List<Impound> search(String lotCode, ImpoundStatus status, String plate, int limit) {
        Parameters params = new Parameters();
        String query = "select i from Impound i join fetch i.violation v" + filtered(lotCode, status, plate, params);
        return find(query, params).page(0, limit).list();
    }

    /**
     * The same search with the sums each balance is made of, in one query however long the page: the inventory
     * would otherwise read payments, waivers and holds once per row.
     */
    public List<InventoryRow> inventory(String lotCode, ImpoundStatus status, String plate, int limit) {
        Parameters params = new Parameters();
        TypedQuery<InventoryRow> query = getEntityManager().createQuery("""
                select new city.clearway.impound.InventoryRow(i, v,
                    (select coalesce(sum(p.amount), 0) from Payment p where p.impoundId = i.id),
                    (select coalesce(sum(w.amount), 0) from Waiver w where w.impoundId = i.id),
                    (select coalesce(sum(c.amount), 0) from ImpoundCharge c where c.key.impoundId = i.id),
                    case when exists (select h.id from Hold h where h.impound = i and h.liftedAt is null) then true else false end)
                from Impound i join i.violation v""" + filtered(lotCode, status, plate, params), InventoryRow.class);
        params.map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** Still in the lot and taken in no later than {@code before}: the longest there first. */
    public List<Impound> inLotSince(String lotCode, String plate, Instant before, int limit) {
        Parameters params = Parameters.with("status", ImpoundStatus.IN_LOT).and("before", before);
        StringBuilder query = new StringBuilder("select i from Impound i join fetch i.violation v where i.status = :status"
                + " and i.impoundedAt <= :before");
        if (lotCode != null) {
            query.append(" and i.lotCode = :lot");
            params.and("lot", lotCode);
        }
        if (plate != null) {
            query.append(" and v.plate = :plate");
            params.and("plate", plate);
        }
        return find(query.append(" order by i.impoundedAt, i.id").toString(), params).page(0, limit).list();
    }

    private static String filtered(String lotCode, ImpoundStatus status, String plate, Parameters params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (lotCode != null) {
            where.append(" and i.lotCode = :lot");
            params.and("lot", lotCode);
        }
        if (status != null) {
            where.append(" and i.status = :status");
            params.and("status", status);
        }
        if (plate != null) {
            where.append(" and v.plate = :plate");
            params.and("plate", plate);
        }
        return where.append(" order by i.impoundedAt desc, i.id desc").toString();
    }
}

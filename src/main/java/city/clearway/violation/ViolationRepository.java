package city.clearway.violation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.jpa.HibernateHints;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ViolationRepository implements PanacheRepositoryBase<Violation, UUID> {

    /** Locked until the transaction ends, so two changes to one violation happen one after the other. */
    public Optional<Violation> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Newest first; one row more than asked, so the caller knows whether another page follows. The rows are for reading
     * (lists, exports): loaded read-only, Hibernate keeps no copy of each to compare at flush.
     */
    public List<Violation> search(ViolationSearch search) {
        StringBuilder query = new StringBuilder("from Violation v where 1 = 1");
        Parameters params = new Parameters();
        if (search.plate() != null) {
            query.append(" and v.plate = :plate");
            params.and("plate", search.plate());
        }
        if (search.districtCode() != null) {
            query.append(" and v.districtCode = :district");
            params.and("district", search.districtCode());
        }
        if (search.status() != null) {
            query.append(" and v.status = :status");
            params.and("status", search.status());
        }
        if (search.violationType() != null) {
            query.append(" and v.violationType = :type");
            params.and("type", search.violationType());
        }
        if (search.inspector() != null) {
            query.append(" and v.inspector = :inspector");
            params.and("inspector", search.inspector());
        }
        if (search.from() != null) {
            query.append(" and v.registeredAt >= :from");
            params.and("from", search.from());
        }
        if (search.to() != null) {
            query.append(" and v.registeredAt < :to");
            params.and("to", search.to());
        }
        if (search.after() != null) {
            // The first condition bounds the index range; the second drops what the previous page already showed.
            query.append(" and v.registeredAt <= :afterAt and (v.registeredAt < :afterAt or v.id < :afterId)");
            params.and("afterAt", search.after().registeredAt()).and("afterId", search.after().id());
        }
        // Leading with the column the filter fixes lets the database read the matching index in order and stop at the
        // page's end (the results are the same: that column has one value here).
        String leading = search.districtCode() != null ? "v.districtCode desc, "
                : search.plate() != null ? "v.plate desc, "
                : search.inspector() != null ? "v.inspector desc, " : "";
        query.append(" order by ").append(leading).append("v.registeredAt desc, v.id desc");
        return find(query.toString(), params).withHint(HibernateHints.HINT_READ_ONLY, true).page(0, search.limit() + 1).list();
    }

    /** The case still open (registered, or its vehicle in a lot) of that ticket, if it is that plate's. */
    public Optional<Violation> openCase(String plate, String ticketNumber) {
        return find("ticketNumber = ?1 and plate = ?2 and status in (?3, ?4)", ticketNumber, plate, ViolationStatus.REGISTERED,
                ViolationStatus.IMPOUNDED).firstResultOptional();
    }
}

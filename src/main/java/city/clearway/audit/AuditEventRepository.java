package city.clearway.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, Long> {

    /** The next links of the chain after {@code sequence}, up to {@code last}, in order; read-only, to be checked. */
    List<AuditEvent> linksAfter(long sequence, long last, int count) {
        return find("sequence > :after and sequence <= :last order by sequence",
                Parameters.with("after", sequence).and("last", last)).withHint(HibernateHints.HINT_READ_ONLY, true).page(0, count).list();
    }

    /**
     * Every event about these entities, oldest first. One indexed query per entity ({@code audit_event_entity_idx}):
     * asked as one query with {@code or}, H2 read the whole log for it.
     */
    public List<AuditEvent> about(AuditEntity entityType, Object entityId, AuditEntity otherType, Object otherId) {
        List<AuditEvent> events = new ArrayList<>(about(entityType, entityId));
        if (otherId != null) {
            events.addAll(about(otherType, otherId));
            events.sort(Comparator.comparing(AuditEvent::getAt).thenComparingLong(AuditEvent::getId));
        }
        return events;
    }

    /** Every event about one entity, oldest first, for reading: loaded read-only (events change only when sealed). */
    public List<AuditEvent> about(AuditEntity type, Object id) {
        return find("entityType = :type and entityId = :id order by at, id",
                Parameters.with("type", type.name()).and("id", String.valueOf(id))).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}

package city.clearway.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, Long> {

    /** The next links of the chain after {@code sequence}, up to {@code last}, in order. */
    List<AuditEvent> linksAfter(long sequence, long last, int count) {
        return find("sequence > :after and sequence <= :last order by sequence",
                Parameters.with("after", sequence).and("last", last)).page(0, count).list();
    }

    /** Every event about these entities, oldest first. */
    public List<AuditEvent> about(AuditEntity entityType, Object entityId, AuditEntity otherType, Object otherId) {
        return list("(entityType = :type and entityId = :id) or (entityType = :otherType and entityId = :otherId) order by at, id",
                Parameters.with("type", entityType.name()).and("id", String.valueOf(entityId))
                        .and("otherType", otherType.name()).and("otherId", String.valueOf(otherId)));
    }
}

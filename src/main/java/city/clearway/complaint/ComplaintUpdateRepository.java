package city.clearway.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ComplaintUpdateRepository implements PanacheRepositoryBase<ComplaintUpdate, Long> {

    /** Updates made within the period, oldest first, as a poller reads them. */
    public List<ComplaintUpdate> between(Instant from, Instant to, int limit) {
        return find("at >= :from and at <= :to order by at, id", Parameters.with("from", from).and("to", to)).page(0, limit).list();
    }

    public List<ComplaintUpdate> forComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by at, id", complaintId);
    }
}

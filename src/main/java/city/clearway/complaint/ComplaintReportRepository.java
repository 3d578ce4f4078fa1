package city.clearway.complaint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ComplaintReportRepository implements PanacheRepositoryBase<ComplaintReport, UUID> {

    public Optional<ComplaintReport> byToken(String token) {
        return find("token", token).firstResultOptional();
    }

    public List<ComplaintReport> forComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by receivedAt, id", complaintId);
    }

    public void persistPhoto(ComplaintPhoto photo) {
        getEntityManager().persist(photo);
    }

    public long photoCount(UUID complaintId) {
        return getEntityManager().createQuery("select count(p) from ComplaintPhoto p where p.complaintId = :id", Long.class)
                .setParameter("id", complaintId).getSingleResult();
    }
}

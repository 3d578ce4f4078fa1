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

    /** The photos of a complaint, without their bytes. */
    public List<ComplaintPhoto> photos(UUID complaintId) {
        return getEntityManager().createQuery("from ComplaintPhoto p where p.complaintId = :id order by p.id", ComplaintPhoto.class)
                .setParameter("id", complaintId).getResultList();
    }

    public Optional<ComplaintPhoto> photo(UUID complaintId, String sha256) {
        return getEntityManager().createQuery("from ComplaintPhoto p where p.complaintId = :id and p.sha256 = :sha256", ComplaintPhoto.class)
                .setParameter("id", complaintId).setParameter("sha256", sha256).getResultStream().findFirst();
    }
}

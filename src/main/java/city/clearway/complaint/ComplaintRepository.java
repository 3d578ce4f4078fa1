package city.clearway.complaint;

import city.clearway.reference.ViolationType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    /**
     * Holds the service's intake row until the transaction ends: reports of one service are filed one after the other,
     * so a report always sees the complaint that the report just before it made.
     */
    public void lockIntake(ViolationType service) {
        getEntityManager().createNativeQuery("SELECT service_code FROM complaint_intake WHERE service_code = ?1 FOR UPDATE")
                .setParameter(1, service.name())
                .getResultList();
    }

    /**
     * Open complaints of a service, last reported at or after {@code since}, inside a box around a point; locked, so that
     * none of them closes while a report joins it.
     */
    public List<Complaint> openInBox(ViolationType service, Instant since, double latMin, double latMax, double lonMin, double lonMax) {
        return find("serviceCode = :service and status = :open and lastReportedAt >= :since"
                        + " and place.lat between :latMin and :latMax and place.lon between :lonMin and :lonMax",
                Parameters.with("service", service).and("open", ComplaintStatus.OPEN).and("since", since)
                        .and("latMin", latMin).and("latMax", latMax).and("lonMin", lonMin).and("lonMax", lonMax))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Optional<Complaint> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Complaint> byServiceRequestId(String serviceRequestId) {
        return find("serviceRequestId", serviceRequestId).firstResultOptional();
    }

    /** The open complaints a violation answers, locked. */
    public List<Complaint> openForViolation(UUID violationId) {
        return find("violationId = ?1 and status = ?2", violationId, ComplaintStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** A district's queue (every district's when {@code districtCode} is null), oldest first. */
    public List<Complaint> queue(String districtCode, ComplaintStatus status, int limit) {
        StringBuilder query = new StringBuilder("status = :status");
        Parameters params = Parameters.with("status", status);
        if (districtCode != null) {
            query.append(" and districtCode = :district");
            params.and("district", districtCode);
        }
        return find(query.append(" order by receivedAt, id").toString(), params).page(0, limit).list();
    }

    /** The complaints with these Open311 ids. */
    public List<Complaint> byServiceRequestIds(Collection<String> ids) {
        return list("serviceRequestId in ?1 order by receivedAt desc, id", ids);
    }

    /** GeoReport's "GET Service Requests": received within the period, newest first. */
    public List<Complaint> received(Instant from, Instant to, Collection<ViolationType> services, Collection<ComplaintStatus> statuses,
                                    int limit) {
        StringBuilder query = new StringBuilder("receivedAt >= :from and receivedAt <= :to");
        Parameters params = Parameters.with("from", from).and("to", to);
        if (!services.isEmpty()) {
            query.append(" and serviceCode in :services");
            params.and("services", services);
        }
        if (!statuses.isEmpty()) {
            query.append(" and status in :statuses");
            params.and("statuses", statuses);
        }
        return find(query.append(" order by receivedAt desc, id").toString(), params).page(0, limit).list();
    }
}

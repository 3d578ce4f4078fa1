package city.clearway.complaint;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.reference.ViolationType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One case in an inspectors' queue, made by a citizen's report and joined by the reports of the same obstruction that
 * followed. What is here may be shown to anyone who asks Open311; the reporters' own details stay in {@link ComplaintReport}.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    private UUID id;

    @Column(name = "service_request_id", nullable = false, updatable = false)
    private String serviceRequestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_code", nullable = false, updatable = false)
    private ViolationType serviceCode;

    @Column(name = "district_code")
    private String districtCode;

    @Embedded
    private ReportedPlace place;

    @Column(name = "media_url", updatable = false)
    private String mediaUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    @Column
    private ComplaintOutcome outcome;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "last_reported_at", nullable = false)
    private Instant lastReportedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "violation_id")
    private UUID violationId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "close_reason")
    private String closeReason;

    @Version
    private long version;

    protected Complaint() {
    }

    Complaint(UUID id, String serviceRequestId, ComplaintReport first, String districtCode) {
        this.id = id;
        this.serviceRequestId = serviceRequestId;
        this.serviceCode = first.getServiceCode();
        this.districtCode = districtCode;
        this.place = first.getPlace().copy();
        this.mediaUrl = first.firstMediaUrl();
        this.status = ComplaintStatus.OPEN;
        this.reportCount = 1;
        this.receivedAt = first.getReceivedAt();
        this.lastReportedAt = first.getReceivedAt();
        this.updatedAt = first.getReceivedAt();
    }

    /** Another report of the same obstruction. */
    void joinedBy(ComplaintReport report) {
        reportCount++;
        lastReportedAt = report.getReceivedAt();
        updatedAt = report.getReceivedAt();
    }

    /** An inspector registered the vehicle as a violation. */
    void linkTo(UUID violationId, Instant at) {
        requireOpen();
        if (this.violationId != null) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "complaint-already-linked", serviceRequestId);
        }
        this.violationId = violationId;
        updatedAt = at;
    }

    /** Sent to a district's queue by a supervisor. */
    void routeTo(String districtCode, Instant at) {
        requireOpen();
        this.districtCode = districtCode;
        this.updatedAt = at;
    }

    void close(ComplaintOutcome outcome, String reason, String by, Instant at) {
        requireOpen();
        this.status = ComplaintStatus.CLOSED;
        this.outcome = outcome;
        this.closeReason = reason;
        this.closedBy = by;
        this.closedAt = at;
        this.updatedAt = at;
    }

    private void requireOpen() {
        if (status != ComplaintStatus.OPEN) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "complaint-closed", serviceRequestId);
        }
    }

    public UUID getId() {
        return id;
    }

    public String getServiceRequestId() {
        return serviceRequestId;
    }

    public ViolationType getServiceCode() {
        return serviceCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public ReportedPlace getPlace() {
        return place;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public ComplaintOutcome getOutcome() {
        return outcome;
    }

    public int getReportCount() {
        return reportCount;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getLastReportedAt() {
        return lastReportedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UUID getViolationId() {
        return violationId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public long getVersion() {
        return version;
    }
}

package city.clearway.complaint;

import city.clearway.reference.ViolationType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.Instant;
import java.util.UUID;

/**
 * One report as a civic app filed it, with the reporter's contact details. Those details are kept for the city to
 * reach the reporter and are never shown by Open311 or the queue.
 */
@Entity
@Table(name = "complaint_report")
public class ComplaintReport {

    @Id
    private UUID id;

    @Column(name = "complaint_id", nullable = false, updatable = false)
    private UUID complaintId;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "api_key_id", nullable = false, updatable = false)
    private UUID apiKeyId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "jurisdiction_id", updatable = false)
    private String jurisdictionId;

    @Embedded
    private ReportedPlace place;

    /** Every media URL sent, one per line. */
    @Column(name = "media_urls", updatable = false)
    private String mediaUrls;

    @Column(updatable = false)
    private String plate;

    @Column(updatable = false)
    private String email;

    @Column(name = "device_id", updatable = false)
    private String deviceId;

    @Column(name = "account_id", updatable = false)
    private String accountId;

    @Column(name = "first_name", updatable = false)
    private String firstName;

    @Column(name = "last_name", updatable = false)
    private String lastName;

    @Column(updatable = false)
    private String phone;

    /** Not stored here: the complaint row says which service it is. */
    @Transient
    private ViolationType serviceCode;

    protected ComplaintReport() {
    }

    ComplaintReport(UUID id, String token, UUID apiKeyId, Instant receivedAt, ReportForm form) {
        this.id = id;
        this.token = token;
        this.apiKeyId = apiKeyId;
        this.receivedAt = receivedAt;
        this.serviceCode = form.serviceCode();
        this.jurisdictionId = form.jurisdictionId();
        this.place = new ReportedPlace(form.lat(), form.lon(), form.address(), form.addressId(), form.description());
        this.mediaUrls = form.mediaUrls().isEmpty() ? null : String.join("\n", form.mediaUrls());
        this.plate = form.plate();
        this.email = form.contact().email();
        this.deviceId = form.contact().deviceId();
        this.accountId = form.contact().accountId();
        this.firstName = form.contact().firstName();
        this.lastName = form.contact().lastName();
        this.phone = form.contact().phone();
    }

    void filedUnder(UUID complaintId) {
        this.complaintId = complaintId;
    }

    String firstMediaUrl() {
        return mediaUrls == null ? null : mediaUrls.split("\n", 2)[0];
    }

    public UUID getId() {
        return id;
    }

    public UUID getComplaintId() {
        return complaintId;
    }

    public String getToken() {
        return token;
    }

    public UUID getApiKeyId() {
        return apiKeyId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    ViolationType getServiceCode() {
        return serviceCode;
    }

    public ReportedPlace getPlace() {
        return place;
    }

    public String getPlate() {
        return plate;
    }
}

package city.clearway.violation;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A vehicle seen obstructing a passage, as an inspector registered it, and where its case stands. */
@Entity
@Table(name = "violation")
public class Violation {

    @Id
    private UUID id;

    @Column(name = "ticket_number", nullable = false, updatable = false)
    private String ticketNumber;

    @Column(nullable = false, updatable = false)
    private String plate;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_class", nullable = false, updatable = false)
    private VehicleClass vehicleClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "violation_type", nullable = false, updatable = false)
    private ViolationType violationType;

    @Column(name = "district_code", nullable = false, updatable = false)
    private String districtCode;

    @Column(nullable = false, updatable = false)
    private double lat;

    @Column(nullable = false, updatable = false)
    private double lon;

    @Column(updatable = false)
    private String address;

    @Column(name = "observed_at", nullable = false, updatable = false)
    private Instant observedAt;

    @Column(updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ViolationStatus status;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(nullable = false, updatable = false)
    private String inspector;

    @Column(name = "fine_tariff_version", nullable = false, updatable = false)
    private int fineTariffVersion;

    @Column(name = "fine_amount", nullable = false, updatable = false)
    private long fineAmount;

    /** SHA-256 of what the inspector submitted, to tell a re-sent offline capture from a reused id. */
    @Column(name = "submission_hash", nullable = false, updatable = false)
    private String submissionHash;

    @Column(name = "impound_id")
    private UUID impoundId;

    @Column(name = "impound_lot_code")
    private String impoundLotCode;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    /** When an appeal overturned it: its fine, tow and storage are cancelled from then on. */
    @Column(name = "overturned_at")
    private Instant overturnedAt;

    @Version
    private long version;

    protected Violation() {
    }

    Violation(UUID id, String ticketNumber, Submission submission, Instant registeredAt, String inspector,
              int fineTariffVersion, long fineAmount) {
        this.id = id;
        this.ticketNumber = ticketNumber;
        this.plate = submission.plate().canonical();
        this.vehicleClass = submission.vehicleClass();
        this.violationType = submission.violationType();
        this.districtCode = submission.districtCode();
        this.lat = submission.lat();
        this.lon = submission.lon();
        this.address = submission.address();
        this.observedAt = submission.observedAt();
        this.note = submission.note();
        this.submissionHash = submission.hash();
        this.status = ViolationStatus.REGISTERED;
        this.registeredAt = registeredAt;
        this.inspector = inspector;
        this.fineTariffVersion = fineTariffVersion;
        this.fineAmount = fineAmount;
    }

    /** The vehicle was towed into a lot. */
    public void impounded(UUID impoundId, String lotCode) {
        status = status.moveTo(ViolationStatus.IMPOUNDED);
        this.impoundId = impoundId;
        this.impoundLotCode = lotCode;
    }

    /** The vehicle left the lot. */
    public void released() {
        status = status.moveTo(ViolationStatus.RELEASED);
    }

    /** The owner paid the fine on the spot; no tow. */
    void settled() {
        status = status.moveTo(ViolationStatus.SETTLED);
    }

    void cancel(String reason, String by, Instant at) {
        status = status.moveTo(ViolationStatus.CANCELLED);
        this.cancelReason = reason;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    /**
     * An appeal against it was upheld in the owner's favour: nothing is owed any more. A violation still only
     * registered is cancelled with it; one settled, towed or released keeps its status and records when it was
     * overturned. Returns whether it was cancelled.
     */
    public boolean overturn(String reason, String by, Instant at) {
        if (status == ViolationStatus.CANCELLED || overturnedAt != null) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "violation-not-appealable", status.name());
        }
        this.overturnedAt = at;
        if (status == ViolationStatus.REGISTERED) {
            cancel(reason, by, at);
            return true;
        }
        return false;
    }

    /** Whether an appeal may still change it: not once cancelled or overturned. */
    public boolean appealable() {
        return status != ViolationStatus.CANCELLED && overturnedAt == null;
    }

    public Instant getOverturnedAt() {
        return overturnedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getPlate() {
        return plate;
    }

    public VehicleClass getVehicleClass() {
        return vehicleClass;
    }

    public ViolationType getViolationType() {
        return violationType;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public double getLat() {
        return lat;
    }

    public double getLon() {
        return lon;
    }

    public String getAddress() {
        return address;
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public String getNote() {
        return note;
    }

    public ViolationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getInspector() {
        return inspector;
    }

    public int getFineTariffVersion() {
        return fineTariffVersion;
    }

    public long getFineAmount() {
        return fineAmount;
    }

    String getSubmissionHash() {
        return submissionHash;
    }

    /** The lot the vehicle was towed to; {@code null} while it was not. */
    public String getImpoundLotCode() {
        return impoundLotCode;
    }

    public UUID getImpoundId() {
        return impoundId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public long getVersion() {
        return version;
    }
}

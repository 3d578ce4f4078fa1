package city.clearway.impound;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.fee.ChargeBasis;
import city.clearway.fee.FeeCalculator.Fine;
import city.clearway.fee.Quote;
import city.clearway.reference.ViolationType;
import city.clearway.violation.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A vehicle towed into a lot for a violation: from intake until it is released to its owner. */
@Entity
@Table(name = "impound")
public class Impound {

    @Id
    private UUID id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "violation_id", nullable = false, updatable = false)
    private Violation violation;

    @Column(name = "lot_code", nullable = false, updatable = false)
    private String lotCode;

    /** The violation's district and type, kept with the impound for the reports (both never change). */
    @Column(name = "district_code", nullable = false, updatable = false)
    private String districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "violation_type", nullable = false, updatable = false)
    private ViolationType violationType;

    @Column(name = "tariff_version", nullable = false, updatable = false)
    private int tariffVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImpoundStatus status;

    /** Server time of intake: storage is counted from here. */
    @Column(name = "impounded_at", nullable = false, updatable = false)
    private Instant impoundedAt;

    @Column(name = "towed_at", updatable = false)
    private Instant towedAt;

    @Column(name = "tow_operator", updatable = false)
    private String towOperator;

    @Column(name = "intake_by", nullable = false, updatable = false)
    private String intakeBy;

    @Column(name = "release_number")
    private String releaseNumber;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "released_to_name")
    private String releasedToName;

    @Column(name = "released_to_national_id")
    private String releasedToNationalId;

    @Column(name = "ownership_document")
    private String ownershipDocument;

    /** Absent while the vehicle is in the lot. */
    @Embedded
    private ReleasedTo releasedTo;

    /** The sums on the release slip, as they stood when the vehicle left. */
    @Column(name = "charged_total")
    private Long chargedTotal;

    @Column(name = "paid_total")
    private Long paidTotal;

    @Column(name = "waived_total")
    private Long waivedTotal;

    /** Set when the vehicle was disposed of instead of released. */
    @Embedded
    private Disposal disposal;

    @OneToMany(mappedBy = "impound", cascade = CascadeType.PERSIST)
    @OrderBy("placedAt")
    private List<Hold> holds = new ArrayList<>();

    @Version
    private long version;

    protected Impound() {
    }

    Impound(Violation violation, String lotCode, int tariffVersion, Instant impoundedAt, Instant towedAt, String towOperator,
            String intakeBy) {
        this.id = UUID.randomUUID();
        this.violation = violation;
        this.lotCode = lotCode;
        this.districtCode = violation.getDistrictCode();
        this.violationType = violation.getViolationType();
        this.tariffVersion = tariffVersion;
        this.status = ImpoundStatus.IN_LOT;
        this.impoundedAt = impoundedAt;
        this.towedAt = towedAt;
        this.towOperator = towOperator;
        this.intakeBy = intakeBy;
    }

    Hold placeHold(HoldAuthority authority, String reason, String reference, Instant at, String by) {
        status.requireInLot();
        Hold hold = new Hold(this, authority, reason, reference, at, by);
        holds.add(hold);
        return hold;
    }

    Hold liftHold(UUID holdId, String reason, Instant at, String by) {
        status.requireInLot();
        Hold hold = holds.stream().filter(h -> h.getId().equals(holdId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("hold", holdId));
        hold.lift(reason, by, at);
        return hold;
    }

    /** A {@code 409} unless the vehicle is in the lot with no active hold. */
    void ensureReleasable() {
        status.moveTo(ImpoundStatus.RELEASED);
        if (hasActiveHold()) {
            throw ProblemException.of(ProblemType.ACTIVE_HOLD);
        }
    }

    void release(String releaseNumber, Recipient recipient, Quote settled, String by) {
        ensureReleasable();
        this.status = ImpoundStatus.RELEASED;
        this.chargedTotal = settled.charged();
        this.paidTotal = settled.paid();
        this.waivedTotal = settled.waived();
        this.releaseNumber = releaseNumber;
        this.releasedToName = recipient.name();
        this.releasedToNationalId = recipient.nationalId();
        this.ownershipDocument = recipient.ownershipDocument();
        this.releasedTo = new ReleasedTo(recipient);
        this.releasedAt = settled.asOf();
        this.releasedBy = by;
        violation.released();
    }

    /** The unclaimed vehicle leaves the lot for good; the caller checked the waiting period and the final notice. */
    void dispose(Disposal disposal) {
        status = status.moveTo(ImpoundStatus.DISPOSED);
        this.disposal = disposal;
        violation.released();
    }

    /** The facts its fees are computed from; they stop growing when the vehicle left the lot, released or disposed of. */
    public ChargeBasis chargeBasis() {
        return new ChargeBasis(id, violation.getId(), districtCode, violationType,
                new Fine(violation.getFineAmount(), violation.getFineTariffVersion()), tariffVersion, violation.getVehicleClass(),
                impoundedAt, releasedAt != null ? releasedAt : disposal == null ? null : disposal.getAt(), violation.getOverturnedAt());
    }

    public boolean hasActiveHold() {
        return holds.stream().anyMatch(Hold::isActive);
    }

    public UUID getId() {
        return id;
    }

    public Violation getViolation() {
        return violation;
    }

    public String getLotCode() {
        return lotCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public int getTariffVersion() {
        return tariffVersion;
    }

    public ImpoundStatus getStatus() {
        return status;
    }

    public Instant getImpoundedAt() {
        return impoundedAt;
    }

    public Instant getTowedAt() {
        return towedAt;
    }

    public String getTowOperator() {
        return towOperator;
    }

    public String getIntakeBy() {
        return intakeBy;
    }

    public String getReleaseNumber() {
        return releaseNumber;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    /** How long the vehicle was in the lot, once released. */
    public Duration stay() {
        return releasedAt == null ? null : Duration.between(impoundedAt, releasedAt);
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public String getReleasedToName() {
        return releasedToName;
    }

    public String getReleasedToNationalId() {
        return releasedToNationalId;
    }

    public String getOwnershipDocument() {
        return ownershipDocument;
    }

    public ReleasedTo getReleasedTo() {
        return releasedTo;
    }

    public Long getChargedTotal() {
        return chargedTotal;
    }

    public Long getPaidTotal() {
        return paidTotal;
    }

    public Long getWaivedTotal() {
        return waivedTotal;
    }

    public Disposal getDisposal() {
        return disposal;
    }

    public List<Hold> getHolds() {
        return List.copyOf(holds);
    }

    public long getVersion() {
        return version;
    }
}

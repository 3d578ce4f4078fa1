package city.clearway.report;

import city.clearway.reference.ViolationType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;

/** The sums of one closed day for one district and violation type (see {@link ReportDayClosing}). */
@Entity
@Table(name = "report_tally")
class DayTally {

    @Embeddable
    record Key(@Column(name = "city_day") LocalDate day,
               @Column(name = "district_code") String districtCode,
               @Enumerated(EnumType.STRING) @Column(name = "violation_type") ViolationType violationType) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private long registered;
    private long impounded;
    private long released;
    private long cancelled;
    private long settled;
    @Column(name = "fine_revenue")
    private long fineRevenue;
    @Column(name = "tow_revenue")
    private long towRevenue;
    @Column(name = "storage_revenue")
    private long storageRevenue;
    @Column(name = "vat_revenue")
    private long vatRevenue;
    private long waived;
    private long received;
    private long disposed;
    @Column(name = "appeals_upheld")
    private long appealsUpheld;
    @Column(name = "appeals_overturned")
    private long appealsOverturned;
    private long refunds;
    private long refunded;

    protected DayTally() {
    }

    DayTally(DaySums day) {
        this.key = new Key(day.day(), day.districtCode(), day.violationType());
        Sums sums = day.sums();
        this.registered = sums.registered();
        this.impounded = sums.impounded();
        this.released = sums.released();
        this.cancelled = sums.cancelled();
        this.settled = sums.settled();
        this.fineRevenue = sums.fineRevenue();
        this.towRevenue = sums.towRevenue();
        this.storageRevenue = sums.storageRevenue();
        this.vatRevenue = sums.vatRevenue();
        this.waived = sums.waived();
        this.received = sums.received();
        this.disposed = sums.disposed();
        this.appealsUpheld = sums.appeals().upheld();
        this.appealsOverturned = sums.appeals().overturned();
        this.refunds = sums.appeals().refunds();
        this.refunded = sums.appeals().refunded();
    }
}

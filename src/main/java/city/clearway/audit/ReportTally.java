package city.clearway.audit;

import city.clearway.fee.FeeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;

/** The figures of one closed day for one district and violation type (see {@link ReportDays}). */
@Entity
@Table(name = "report_tally")
class ReportTally {

    @Embeddable
    record Key(@Column(name = "city_day") LocalDate day,
               @Column(name = "district_code") String districtCode,
               @Column(name = "violation_type") String violationType) implements Serializable {
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
    @Column(nullable = false)
    private String stays;

    protected ReportTally() {
    }

    ReportTally(Key key, Tally tally) {
        this.key = key;
        this.registered = tally.registered;
        this.impounded = tally.impounded;
        this.released = tally.released;
        this.cancelled = tally.cancelled;
        this.settled = tally.settled;
        this.fineRevenue = tally.revenue(FeeKind.FINE);
        this.towRevenue = tally.revenue(FeeKind.TOW);
        this.storageRevenue = tally.revenue(FeeKind.STORAGE);
        this.vatRevenue = tally.revenue(FeeKind.VAT);
        this.waived = tally.waived;
        this.received = tally.received;
        this.stays = tally.staysText();
    }

    Key key() {
        return key;
    }

    Tally tally() {
        Tally tally = new Tally();
        tally.registered = registered;
        tally.impounded = impounded;
        tally.released = released;
        tally.cancelled = cancelled;
        tally.settled = settled;
        tally.earned(FeeKind.FINE, fineRevenue);
        tally.earned(FeeKind.TOW, towRevenue);
        tally.earned(FeeKind.STORAGE, storageRevenue);
        tally.earned(FeeKind.VAT, vatRevenue);
        tally.waived = waived;
        tally.received = received;
        tally.stayedAll(stays);
        return tally;
    }
}

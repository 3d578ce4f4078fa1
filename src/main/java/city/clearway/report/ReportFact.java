package city.clearway.report;

import city.clearway.reference.ViolationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event the reports count, as its feature published it: when, on which day of the city, in which district and for
 * which violation type, with its money (rials) and, for a release, the stay in the lot. Written once, never changed.
 */
@Entity
@Table(name = "report_fact")
class ReportFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "city_day", nullable = false, updatable = false)
    private LocalDate cityDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FactKind kind;

    @Column(name = "district_code", nullable = false, updatable = false)
    private String districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "violation_type", nullable = false, updatable = false)
    private ViolationType violationType;

    private long fine;
    private long tow;
    private long storage;
    private long vat;
    private long amount;

    @Column(name = "stay_seconds")
    private Long staySeconds;

    protected ReportFact() {
    }

    private ReportFact(FactKind kind, Instant at, LocalDate cityDay, String districtCode, ViolationType violationType) {
        this.kind = kind;
        this.at = at;
        this.cityDay = cityDay;
        this.districtCode = districtCode;
        this.violationType = violationType;
    }

    static ReportFact counted(FactKind kind, Instant at, LocalDate cityDay, String districtCode, ViolationType violationType) {
        return new ReportFact(kind, at, cityDay, districtCode, violationType);
    }

    /** Money received ({@link FactKind#PAYMENT}) or waived ({@link FactKind#WAIVER}). */
    static ReportFact money(FactKind kind, Instant at, LocalDate cityDay, String districtCode, ViolationType violationType, long amount) {
        ReportFact fact = new ReportFact(kind, at, cityDay, districtCode, violationType);
        fact.amount = amount;
        return fact;
    }

    /** Revenue earned, by kind of fee: at a release, or the fine of a violation settled on the spot. */
    static ReportFact earned(FactKind kind, Instant at, LocalDate cityDay, String districtCode, ViolationType violationType,
                             long fine, long tow, long storage, long vat, Long staySeconds) {
        ReportFact fact = new ReportFact(kind, at, cityDay, districtCode, violationType);
        fact.fine = fine;
        fact.tow = tow;
        fact.storage = storage;
        fact.vat = vat;
        fact.staySeconds = staySeconds;
        return fact;
    }

    LocalDate cityDay() {
        return cityDay;
    }
}

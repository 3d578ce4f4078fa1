package city.clearway.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A day of the city whose figures are summed in {@link DayTally} rows: counted in {@code timeZone}, at {@code closedAt}. */
@Entity
@Table(name = "report_day")
class ReportDay {

    @Id
    @Column(name = "city_day")
    private LocalDate day;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    protected ReportDay() {
    }

    ReportDay(LocalDate day, String timeZone, Instant closedAt) {
        this.day = day;
        this.timeZone = timeZone;
        this.closedAt = closedAt;
    }
}

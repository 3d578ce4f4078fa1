package city.clearway.report;

import city.clearway.reference.ViolationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reports read: the sums of closed days, the facts of open days summed per day, district and violation type,
 * and the median stays, which the database takes from the facts themselves (a median does not add up from medians).
 */
@ApplicationScoped
class ReportQueries {

    private static final String FACT_SUMS = "new city.clearway.report.DaySums(f.cityDay, f.districtCode, f.violationType,"
            + " sum(case when f.kind = city.clearway.report.FactKind.REGISTERED then 1 else 0 end),"
            + " sum(case when f.kind = city.clearway.report.FactKind.IMPOUNDED then 1 else 0 end),"
            + " sum(case when f.kind = city.clearway.report.FactKind.RELEASED then 1 else 0 end),"
            + " sum(case when f.kind = city.clearway.report.FactKind.CANCELLED then 1 else 0 end),"
            + " sum(case when f.kind = city.clearway.report.FactKind.SETTLED then 1 else 0 end),"
            + " sum(f.fine), sum(f.tow), sum(f.storage), sum(f.vat),"
            + " sum(case when f.kind = city.clearway.report.FactKind.WAIVER then f.amount else 0 end),"
            + " sum(case when f.kind = city.clearway.report.FactKind.PAYMENT then f.amount else 0 end),"
            + " sum(case when f.kind = city.clearway.report.FactKind.DISPOSED then 1 else 0 end),"

            + " sum(case when f.kind = city.clearway.report.FactKind.APPEAL_UPHELD then 1 else 0 end),"
            + " sum(case when f.kind = city.clearway.report.FactKind.APPEAL_OVERTURNED then 1 else 0 end),"
            + " sum(case when f.kind = city.clearway.report.FactKind.REFUND then 1 else 0 end),"
            + " sum(case when f.kind = city.clearway.report.FactKind.REFUND then f.amount else 0 end))";

    private static final String CLOSED_DAYS = "select new city.clearway.report.DaySums(t.key.day, t.key.districtCode, t.key.violationType,"
            + " t.registered, t.impounded, t.released, t.cancelled, t.settled, t.fineRevenue, t.towRevenue, t.storageRevenue,"
            + " t.vatRevenue, t.waived, t.received,"
            + " t.disposed, t.appealsUpheld, t.appealsOverturned, t.refunds, t.refunded)"
            + " from DayTally t"
            + " where t.key.day between :from and :to"
            + " and exists (select 1 from ReportDay d where d.day = t.key.day and d.timeZone = :zone)";

    private static final String CLOSED = "select d.day from ReportDay d where d.day between :from and :to and d.timeZone = :zone"
            + " order by d.day";
    private static final String FACTS_BETWEEN = "select " + FACT_SUMS + " from ReportFact f"
            + " where f.cityDay between :from and :to"
            + " group by f.cityDay, f.districtCode, f.violationType";

    private static final String ONE_DAY = "select " + FACT_SUMS + " from ReportFact f where f.cityDay = :day"
            + " group by f.cityDay, f.districtCode, f.violationType";

    private static final String RELEASES = " from ReportFact f where f.kind = city.clearway.report.FactKind.RELEASED"
            + " and f.cityDay between :from and :to";
    private static final String MEDIAN = "percentile_cont(0.5) within group (order by f.staySeconds)";

    private final EntityManager em;

    ReportQueries(EntityManager em) {
        this.em = em;
    }

    /** The sums of the days from {@code from} to {@code to} that were closed in {@code zone}. */
    List<DaySums> closedDays(LocalDate from, LocalDate to, String zone) {
        return em.createQuery(CLOSED_DAYS, DaySums.class).setParameter("from", from).setParameter("to", to).setParameter("zone", zone)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /**
     * The facts of the other days from {@code from} to {@code to}, summed per day, district and violation type. The days
     * not closed lie in runs between the closed ones (as the days are closed in order, usually one run, after the last
     * closed day), and each run is read through the facts' day index. One statement that left the closed days out
     * instead ({@code not exists}) was planned by PostgreSQL, once it kept a generic plan for it, as a nested loop over
     * every fact of the period and every closed day: 14.5 s for a year at a million violations, against 0.2 s.
     */
    List<DaySums> openDays(LocalDate from, LocalDate to, String zone) {
        List<DaySums> sums = new ArrayList<>();
        LocalDate next = from;
        for (LocalDate closed : em.createQuery(CLOSED, LocalDate.class).setParameter("from", from).setParameter("to", to)
                .setParameter("zone", zone).getResultList()) {
            if (closed.isAfter(next)) {
                sums.addAll(factsBetween(next, closed.minusDays(1)));
            }
            next = closed.plusDays(1);
        }
        if (!next.isAfter(to)) {
            sums.addAll(factsBetween(next, to));
        }
        return sums;
    }

    private List<DaySums> factsBetween(LocalDate from, LocalDate to) {
        return em.createQuery(FACTS_BETWEEN, DaySums.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** One day's facts, summed per district and violation type, as it is closed. */
    List<DaySums> day(LocalDate day) {
        return em.createQuery(ONE_DAY, DaySums.class).setParameter("day", day).getResultList();
    }

    /** The middle stay, in seconds, of the vehicles released from {@code from} to {@code to}; null when none was. */
    Double medianStay(LocalDate from, LocalDate to) {
        Number median = em.createQuery("select " + MEDIAN + RELEASES, Number.class).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return seconds(median);
    }

    Map<String, Double> medianStayByDistrict(LocalDate from, LocalDate to) {
        Map<String, Double> medians = new LinkedHashMap<>();
        em.createQuery("select new city.clearway.report.ReportQueries$DistrictMedian(f.districtCode, " + MEDIAN + ")" + RELEASES
                        + " group by f.districtCode", DistrictMedian.class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(median -> medians.put(median.districtCode(), seconds(median.seconds())));
        return medians;
    }

    Map<String, Double> medianStayByViolationType(LocalDate from, LocalDate to) {
        Map<String, Double> medians = new LinkedHashMap<>();
        em.createQuery("select new city.clearway.report.ReportQueries$TypeMedian(f.violationType, " + MEDIAN + ")" + RELEASES
                        + " group by f.violationType", TypeMedian.class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(median -> medians.put(median.violationType().name(), seconds(median.seconds())));
        return medians;
    }

    Map<String, Double> medianStayByMonth(LocalDate from, LocalDate to) {
        Map<String, Double> medians = new LinkedHashMap<>();
        em.createQuery("select new city.clearway.report.ReportQueries$MonthMedian(year(f.cityDay), month(f.cityDay), " + MEDIAN + ")"
                        + RELEASES + " group by year(f.cityDay), month(f.cityDay)", MonthMedian.class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(median -> medians.put(YearMonth.of(median.year(), median.month()).toString(), seconds(median.seconds())));
        return medians;
    }

    /** The database answers a median in the type it computes it in (double, numeric): read as seconds. */
    private static Double seconds(Number median) {
        return median == null ? null : median.doubleValue();
    }

    record DistrictMedian(String districtCode, Number seconds) {
    }

    record TypeMedian(ViolationType violationType, Number seconds) {
    }

    record MonthMedian(Integer year, Integer month, Number seconds) {
    }
}

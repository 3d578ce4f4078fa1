package city.clearway.report;

import city.clearway.common.CityTime;
import city.clearway.common.ClearwayConfig;
import city.clearway.common.OnAnotherInstance;
import city.clearway.common.TimeSource;
import city.clearway.common.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Closes the days whose figures can no longer change. Every fact is stamped with the server's time when it happens, so
 * once a day of the city has ended, and every transaction begun in it has had time to end ({@code
 * clearway.day-closes-after}), its facts are final: they are summed once per district and violation type into
 * {@link DayTally} rows, which reports read instead of the facts. A day closed in another time zone than the city's
 * (the setting changed since) is summed again. Only this step writes the sums; reports only read.
 */
@ApplicationScoped
public class ReportDayClosing {

    private static final Logger LOG = Logger.getLogger(ReportDayClosing.class);
    /** The most days summed in one transaction. */
    static final int DAYS_PER_TRANSACTION = 31;

    private final EntityManager em;
    private final ReportQueries queries;
    private final TimeSource time;
    private final CityTime cityTime;
    private final Duration closesAfter;

    ReportDayClosing(EntityManager em, ReportQueries queries, TimeSource time, CityTime cityTime, ClearwayConfig config) {
        this.em = em;
        this.queries = queries;
        this.time = time;
        this.cityTime = cityTime;
        this.closesAfter = config.dayClosesAfter();
    }

    /** Every hour: sums the days that can be closed and are not yet. */
    @Scheduled(identity = "report-day-closing", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OnAnotherInstance.class)
    public void closeDays() {
        LocalDate last = cityTime.dayOf(time.now().minus(closesAfter)).minusDays(1);
        String zone = cityTime.zone().getId();
        List<LocalDate> open = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select distinct f.cityDay from ReportFact f where f.cityDay <= :last and not exists"
                                + " (select 1 from ReportDay d where d.day = f.cityDay and d.timeZone = :zone) order by f.cityDay",
                        LocalDate.class)
                .setParameter("last", last).setParameter("zone", zone).getResultList());
        for (int start = 0; start < open.size(); start += DAYS_PER_TRANSACTION) {
            close(open.subList(start, Math.min(open.size(), start + DAYS_PER_TRANSACTION)), zone);
        }
    }

    private void close(List<LocalDate> days, String zone) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (LocalDate day : days) {
                    ReportDay elsewhere = em.find(ReportDay.class, day);
                    if (elsewhere != null) {
                        LOG.infof("The day %s was summed in another time zone than %s: it is summed again", day, zone);
                        em.createQuery("delete from DayTally t where t.key.day = :day").setParameter("day", day).executeUpdate();
                        em.remove(elsewhere);
                        em.flush();
                    }
                    // The day's row first: a closing of the same day by another instance waits here and then fails.
                    em.persist(new ReportDay(day, zone, time.now()));
                    em.flush();
                    queries.day(day).forEach(sums -> em.persist(new DayTally(sums)));
                }
            });
        } catch (RuntimeException e) {
            if (!UniqueViolation.causedIt(e)) {
                throw e;
            }
            LOG.debugf("The days from %s to %s were being closed by another instance", days.get(0), days.get(days.size() - 1));
        }
    }
}

package city.clearway.audit;

import city.clearway.audit.ReportEvents.KeyPart;
import city.clearway.common.CityTime;
import city.clearway.common.ClearwayConfig;
import city.clearway.common.TimeSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The closed days of the report. Every event a report counts is stamped with the server's time when it is written, so
 * once a day of the city has ended, and every transaction begun in it has had time to end ({@code
 * clearway.day-closes-after}), its figures can no longer change. Such a day is closed once: its figures are summed per
 * district and violation type into {@link ReportTally} rows, and a report reads those sums for its closed days and the
 * events themselves only for the days still open. Days are closed when a report first needs them and every hour.
 *
 * <p>Should a change still be stamped in a closed day (the server's clock was set back), the day is opened again in
 * the change's transaction and summed afresh when next needed. Days closed in another time zone than the city's are
 * summed afresh too.
 */
@ApplicationScoped
public class ReportDays {

    private static final Logger LOG = Logger.getLogger(ReportDays.class);

    /** The most days closed in one transaction. */
    static final int DAYS_PER_TRANSACTION = 31;

    private final EntityManager em;
    private final TimeSource time;
    private final CityTime cityTime;
    private final String zone;
    private final Duration closesAfter;

    /** The latest day this instance knows to be closed; null until read, {@link LocalDate#MIN} when there is none. */
    private volatile LocalDate latestClosed;

    ReportDays(EntityManager em, TimeSource time, CityTime cityTime, ClearwayConfig config) {
        this.em = em;
        this.time = time;
        this.cityTime = cityTime;
        this.zone = cityTime.zone().getId();
        this.closesAfter = config.dayClosesAfter();
    }

    /** The last day whose figures can no longer change: it ended at least {@code day-closes-after} ago. */
    LocalDate lastClosable() {
        return cityTime.dayOf(time.now().minus(closesAfter)).minusDays(1);
    }

    /**
     * Closes every day from {@code from} to {@code to} that can be closed and is not yet; returns the last of them (days
     * before the first event are empty and need no closing), or the day before {@code from} when none can be.
     */
    LocalDate closeThrough(LocalDate from, LocalDate to) {
        LocalDate closable = lastClosable();
        LocalDate last = to.isBefore(closable) ? to : closable;
        if (last.isBefore(from)) {
            return from.minusDays(1);
        }
        // A day summed in another time zone (the city's setting changed since) is not closed for this one.
        Set<LocalDate> closed = new HashSet<>();
        LocalDate firstEvent = QuarkusTransaction.requiringNew().call(() -> {
            closed.addAll(em.createQuery("select d.day from ReportDay d where d.day >= :from and d.day <= :last and d.timeZone = :zone",
                            LocalDate.class)
                    .setParameter("from", from).setParameter("last", last).setParameter("zone", zone).getResultList());
            return firstEventDay();
        });
        if (firstEvent == null || firstEvent.isAfter(last)) {
            return last;
        }
        LocalDate first = firstEvent.isAfter(from) ? firstEvent : from;
        List<LocalDate> run = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!closed.contains(day)) {
                run.add(day);
            }
            boolean runEnds = closed.contains(day) || run.size() == DAYS_PER_TRANSACTION || day.equals(last);
            if (runEnds && !run.isEmpty()) {
                close(run);
                run = new ArrayList<>();
            }
        }
        return last;
    }

    /** The figures of the closed days from {@code from} to {@code through}, per day, district and violation type. */
    void closedTallies(LocalDate from, LocalDate through, BiConsumer<ReportTally.Key, Tally> each) {
        if (through.isBefore(from)) {
            return;
        }
        em.createQuery("from ReportTally t where t.key.day >= :from and t.key.day <= :through", ReportTally.class)
                .setParameter("from", from).setParameter("through", through)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()
                .forEach(row -> each.accept(row.key(), row.tally()));
    }

    /**
     * Called with the time of every change written, in the change's transaction: a change stamped in a day already
     * closed opens it again. Only a clock set back makes that happen, so the check is against the latest day known
     * closed and costs nothing otherwise.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void changed(Instant at) {
        LocalDate day = cityTime.dayOf(at);
        if (day.isAfter(latestClosed())) {
            return;
        }
        em.createQuery("delete from ReportTally t where t.key.day = :day").setParameter("day", day).executeUpdate();
        if (em.createQuery("delete from ReportDay d where d.day = :day").setParameter("day", day).executeUpdate() > 0) {
            LOG.warnf("A change was stamped %s, in the closed day %s: the day is open again", at, day);
        }
    }

    /** Closes the days that can be, every hour, so that a report seldom has to. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closePastDays() {
        closeThrough(LocalDate.EPOCH, lastClosable());  // from the first event on: none is older than 1970
    }

    /** Sums the days of {@code run} (consecutive, none closed yet) in one transaction. */
    private void close(List<LocalDate> run) {
        LocalDate first = run.get(0);
        LocalDate last = run.get(run.size() - 1);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                forget(first, last);
                Instant now = time.now();
                // The days' rows first: a concurrent closing of the same days waits here and then fails.
                run.forEach(day -> em.persist(new ReportDay(day, zone, now)));
                em.flush();
                List<Instant> starts = run.stream().map(cityTime::startOf).toList();
                List<String> names = run.stream().map(LocalDate::toString).toList();
                List<KeyPart> key = List.of(KeyPart.spans(starts, names), KeyPart.column("districtCode"), KeyPart.column("violationType"));
                for (Map.Entry<List<String>, Tally> entry : ReportEvents.count(em, cityTime.startOf(first), cityTime.startOf(last.plusDays(1)), key).entrySet()) {
                    List<String> k = entry.getKey();
                    em.persist(new ReportTally(new ReportTally.Key(LocalDate.parse(k.get(0)), k.get(1), k.get(2)), entry.getValue()));
                }
            });
        } catch (RuntimeException e) {
            long closedMeanwhile = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                            "select count(d) from ReportDay d where d.day >= :first and d.day <= :last", Long.class)
                    .setParameter("first", first).setParameter("last", last).getSingleResult());
            if (closedMeanwhile < run.size()) {
                throw e;
            }
            LOG.debugf("The days %s to %s were closed meanwhile by another request", first, last);
        }
        LocalDate known = latestClosed();
        if (last.isAfter(known)) {
            latestClosed = last;
        }
    }

    private LocalDate latestClosed() {
        LocalDate known = latestClosed;
        if (known == null) {
            LocalDate latest = QuarkusTransaction.joiningExisting().call(() ->
                    em.createQuery("select max(d.day) from ReportDay d", LocalDate.class).getSingleResult());
            known = latest == null ? LocalDate.MIN : latest;
            latestClosed = known;
        }
        return known;
    }

    /** The day of the first violation registered: every event counted follows one, so no day before it has any. */
    private LocalDate firstEventDay() {
        Instant first = em.createQuery("select min(v.registeredAt) from Violation v", Instant.class).getSingleResult();
        return first == null ? null : cityTime.dayOf(first);
    }

    /** Forgets what was summed for days about to be summed again: days summed in another time zone. */
    private void forget(LocalDate first, LocalDate last) {
        em.createQuery("delete from ReportTally t where t.key.day >= :first and t.key.day <= :last")
                .setParameter("first", first).setParameter("last", last).executeUpdate();
        int forgotten = em.createQuery("delete from ReportDay d where d.day >= :first and d.day <= :last")
                .setParameter("first", first).setParameter("last", last).executeUpdate();
        if (forgotten > 0) {
            LOG.infof("%d days from %s to %s were summed in another time zone than %s: they are summed again", forgotten, first, last, zone);
        }
    }
}

package city.clearway.complaint;

import city.clearway.common.CityTime;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How districts answer citizens: per district and month of the city's calendar, the complaints received, the share of
 * them closed, and the median hours from a complaint to the city's first action on it (a violation registered for it,
 * or the complaint closed). Complaints no one routed are counted under no district.
 */
@ApplicationScoped
public class ComplaintFigures {

    private final EntityManager em;
    private final CityTime cityTime;
    private final Caller caller;

    ComplaintFigures(EntityManager em, CityTime cityTime, Caller caller) {
        this.em = em;
        this.cityTime = cityTime;
        this.caller = caller;
    }

    /** One district's month; {@code districtCode} is null for the complaints no one routed. */
    public record Row(String districtCode, YearMonth month, long received, long closed, Double medianHoursToAction) {

        public double shareClosed() {
            return received == 0 ? 0 : (double) closed / received;
        }
    }

    record Received(String districtCode, Instant receivedAt, ComplaintStatus status, Instant firstAction) {
    }

    /** Complaints received from {@code from} to {@code to}, both whole days of the city. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> between(LocalDate from, LocalDate to) {
        caller.require(Permission.READ_REPORTS);
        List<Received> received = em.createQuery("""
                        select new city.clearway.complaint.ComplaintFigures$Received(c.districtCode, c.receivedAt, c.status,
                            (select min(u.at) from ComplaintUpdate u where u.complaintId = c.id))
                        from Complaint c where c.receivedAt >= :from and c.receivedAt < :to""", Received.class)
                .setParameter("from", cityTime.startOf(from))
                .setParameter("to", cityTime.startOf(to.plusDays(1)))
                .getResultList();
        Map<String, Map<YearMonth, List<Received>>> grouped = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Received complaint : received) {
            grouped.computeIfAbsent(complaint.districtCode(), code -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(cityTime.dayOf(complaint.receivedAt())), month -> new ArrayList<>())
                    .add(complaint);
        }
        List<Row> rows = new ArrayList<>();
        grouped.forEach((district, months) -> months.forEach((month, complaints) -> rows.add(new Row(district, month, complaints.size(),
                complaints.stream().filter(c -> c.status() == ComplaintStatus.CLOSED).count(),
                median(complaints.stream().filter(c -> c.firstAction() != null)
                        .map(c -> Duration.between(c.receivedAt(), c.firstAction()).toMillis() / 3_600_000.0).sorted().toList())))));
        return rows;
    }

    /** The middle of sorted values (the mean of the two middle ones for an even count); none for no values. */
    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}

package city.clearway.audit;

import city.clearway.common.CityTime;
import city.clearway.fee.FeeKind;
import city.clearway.reference.District;
import city.clearway.reference.DistrictRepository;
import city.clearway.reference.ImpoundLot;
import city.clearway.reference.ImpoundLotRepository;
import city.clearway.reference.ViolationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The district performance report: what happened in a period, counted per district, month or violation type. Every
 * figure is counted by the time of its own event (a car registered in March and released in April counts in March as
 * registered and in April as released); days begin and end in the city's time zone.
 */
@ApplicationScoped
public class ReportService {

    /** How the figures are split; {@code parameter} is how clients name it. */
    public enum GroupBy {
        DISTRICT("district"), MONTH("month"), VIOLATION_TYPE("violationType");

        private final String parameter;

        GroupBy(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public static GroupBy of(String parameter) {
            for (GroupBy groupBy : values()) {
                if (groupBy.parameter.equals(parameter)) {
                    return groupBy;
                }
            }
            return null;
        }
    }

    /** The figures of one group, or of the whole period. */
    public record Figures(String key, String label, long registered, long impounded, long released, long cancelled, long settled,
                          Map<FeeKind, Long> revenue, long waived, long received, Double medianHoursImpoundToRelease) {
    }

    public record Report(LocalDate from, LocalDate to, GroupBy groupBy, List<Figures> groups, Figures totals, List<ImpoundLot> lots) {
    }

    /** The median time in the lot of the impounds released, in seconds (the middle two averaged), counted by the database. */
    private static final String MEDIAN_STAY = "percentile_cont(0.5) within group (order by i.staySeconds)";

    private final EntityManager em;
    private final DistrictRepository districts;
    private final ImpoundLotRepository lots;
    private final CityTime cityTime;

    ReportService(EntityManager em, DistrictRepository districts, ImpoundLotRepository lots, CityTime cityTime) {
        this.em = em;
        this.districts = districts;
        this.lots = lots;
        this.cityTime = cityTime;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report summary(LocalDate from, LocalDate to, GroupBy groupBy) {
        List<YearMonth> months = months(from, to);
        Map<String, String> labels = labels(months, groupBy);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        labels.keySet().forEach(key -> tallies.put(key, new Tally()));
        Tally total = new Tally();
        Period period = new Period(startOf(from), startOf(to.plusDays(1)), groupBy, months);
        // Each row is its key and then its figures; they count in the key's group and in the totals.
        Function<Object[], Tally> group = row -> tallies.computeIfAbsent(key(row[0]), k -> new Tally());
        Sink sink = (row, apply) -> {
            apply.accept(group.apply(row));
            apply.accept(total);
        };
        for (Object[] row : period.rows("v", "v.registeredAt", "count(*)", "Violation v")) {
            sink.add(row, t -> t.registered += number(row[1]));
        }
        for (Object[] row : period.rows("v", "v.cancelledAt", "count(*)", "Violation v")) {
            sink.add(row, t -> t.cancelled += number(row[1]));
        }
        for (Object[] row : period.rows("i", "i.impoundedAt", "count(*)", "Impound i")) {
            sink.add(row, t -> t.impounded += number(row[1]));
        }
        for (Object[] row : period.rows("i", "i.releasedAt",
                "count(*), sum(i.fineCharged), sum(i.towCharged), sum(i.storageCharged), sum(i.vatCharged), " + MEDIAN_STAY, "Impound i")) {
            sink.add(row, t -> {
                t.released += number(row[1]);
                t.revenue.merge(FeeKind.FINE, number(row[2]), Long::sum);
                t.revenue.merge(FeeKind.TOW, number(row[3]), Long::sum);
                t.revenue.merge(FeeKind.STORAGE, number(row[4]), Long::sum);
                t.revenue.merge(FeeKind.VAT, number(row[5]), Long::sum);
            });
            // A median does not add up across groups: the totals get their own below.
            group.apply(row).medianStaySeconds = ((Number) row[6]).doubleValue();
        }
        for (Object[] row : period.rows("p", "p.receivedAt",
                "sum(case when p.impoundId is null then 1 else 0 end), sum(case when p.impoundId is null then p.amount else 0 end), sum(p.amount)",
                "Payment p")) {
            sink.add(row, t -> {
                t.settled += number(row[1]);
                t.revenue.merge(FeeKind.FINE, number(row[2]), Long::sum);
                t.received += number(row[3]);
            });
        }
        for (Object[] row : period.rows("i", "w.grantedAt", "sum(w.amount)", "Waiver w join Impound i on w.impoundId = i.id")) {
            sink.add(row, t -> t.waived += number(row[1]));
        }
        total.medianStaySeconds = period.medianStaySeconds();
        List<Figures> groups = new ArrayList<>();
        tallies.forEach((key, tally) -> groups.add(tally.figures(key, labels.get(key))));
        return new Report(from, to, groupBy, groups, total.figures("", null), lots.allByCode());
    }

    /**
     * The period's instants and how its figures are split. Each query reads the events of one kind by the time they
     * happened, within the period, grouped by a key: the district or violation type of the row, or the month (in the
     * city's time zone) its time falls in, which the query works out from the month boundaries it is given. So a
     * report takes the same seven queries whatever its length or grouping.
     */
    private final class Period {
        private final Instant start;
        private final Instant end;
        private final GroupBy groupBy;
        private final List<YearMonth> months;

        Period(Instant start, Instant end, GroupBy groupBy, List<YearMonth> months) {
            this.start = start;
            this.end = end;
            this.groupBy = groupBy;
            this.months = months;
        }

        /** {@code select <key> as k, columns from ... where start <= time < end group by k}. */
        List<Object[]> rows(String alias, String time, String columns, String from) {
            String hql = "select " + key(alias, time) + " as k, " + columns + " from " + from + " where " + within(time) + " group by k";
            var query = em.createQuery(hql, Object[].class).setParameter("from", start).setParameter("to", end);
            if (groupBy == GroupBy.MONTH) {
                for (int i = 1; i < months.size(); i++) {
                    query.setParameter("month" + i, startOf(months.get(i).atDay(1)));
                }
            }
            return query.getResultList();
        }

        Double medianStaySeconds() {
            Number median = em.createQuery("select " + MEDIAN_STAY + " from Impound i where " + within("i.releasedAt"), Number.class)
                    .setParameter("from", start).setParameter("to", end).getSingleResult();
            return median == null ? null : median.doubleValue();
        }

        private String key(String alias, String time) {
            return switch (groupBy) {
                case DISTRICT -> alias + ".districtCode";
                case VIOLATION_TYPE -> alias + ".violationType";
                case MONTH -> {
                    // Before the start of the second month: the first; before the third's: the second; ... else the last.
                    StringBuilder month = new StringBuilder("case");
                    for (int i = 1; i < months.size(); i++) {
                        month.append(" when ").append(time).append(" < :month").append(i).append(" then '").append(months.get(i - 1)).append("'");
                    }
                    yield month.append(" else '").append(months.get(months.size() - 1)).append("' end").toString();
                }
            };
        }
    }

    private static String within(String time) {
        return "(" + time + " >= :from and " + time + " < :to)";
    }

    /** The months the period touches, in order (in the city's calendar, as {@code from} and {@code to} are). */
    private static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static String key(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(cityTime.zone()).toInstant();
    }

    private Map<String, String> labels(List<YearMonth> months, GroupBy groupBy) {
        Map<String, String> labels = new LinkedHashMap<>();
        switch (groupBy) {
            case DISTRICT -> {
                for (District district : districts.allByCode()) {
                    labels.put(district.getCode(), district.getName());
                }
            }
            case VIOLATION_TYPE -> {
                for (ViolationType type : ViolationType.values()) {
                    labels.put(type.name(), type.english());
                }
            }
            case MONTH -> {
                for (YearMonth month : months) {
                    labels.put(month.toString(), month.toString());
                }
            }
        }
        return labels;
    }

    /** Adds a row's figures to its group and to the totals. */
    @FunctionalInterface
    private interface Sink {
        void add(Object[] row, Consumer<Tally> apply);
    }

    /** Running figures of one group. */
    private static final class Tally {
        long registered;
        long impounded;
        long released;
        long cancelled;
        long settled;
        long waived;
        long received;
        Double medianStaySeconds;
        final Map<FeeKind, Long> revenue = new EnumMap<>(FeeKind.class);

        Figures figures(String key, String label) {
            Map<FeeKind, Long> byKind = new EnumMap<>(FeeKind.class);
            for (FeeKind kind : FeeKind.values()) {
                byKind.put(kind, revenue.getOrDefault(kind, 0L));
            }
            return new Figures(key, label, registered, impounded, released, cancelled, settled, byKind, waived, received, medianHours());
        }

        private Double medianHours() {
            return medianStaySeconds == null ? null : Math.round(medianStaySeconds / 36.0) / 100.0;
        }
    }
}

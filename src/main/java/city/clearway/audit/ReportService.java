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
import java.util.function.BiConsumer;
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
        Map<String, String> labels = labels(from, to, groupBy);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        labels.keySet().forEach(key -> tallies.put(key, new Tally()));
        Tally total = new Tally();
        if (groupBy == GroupBy.MONTH) {
            for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
                LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
                LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
                collect(null, startOf(start), startOf(end.plusDays(1)), tallies.get(month.toString()), null, total);
            }
        } else {
            String dimension = groupBy == GroupBy.DISTRICT ? "districtCode" : "violationType";
            collect(dimension, startOf(from), startOf(to.plusDays(1)), null, tallies, total);
        }
        for (Object[] row : rows(null, "i", MEDIAN_STAY, "Impound i", in("i.releasedAt"), startOf(from), startOf(to.plusDays(1)))) {
            total.medianStaySeconds = ((Number) row[0]).doubleValue();
        }
        List<Figures> groups = new ArrayList<>();
        tallies.forEach((key, tally) -> groups.add(tally.figures(key, labels.get(key))));
        return new Report(from, to, groupBy, groups, total.figures("", null), lots.allByCode());
    }

    /**
     * Runs every count for one period, in five aggregate queries (all but the waivers' read one table): into {@code single} when there is no
     * dimension, else into {@code byKey} ({@code dimension} is a property every counted entity has).
     */
    private void collect(String dimension, Instant from, Instant to, Tally single, Map<String, Tally> byKey, Tally total) {
        Function<Object[], Tally> group = row -> single != null ? single
                : byKey.computeIfAbsent(row[0] instanceof Enum<?> e ? e.name() : String.valueOf(row[0]), k -> new Tally());
        int first = dimension == null ? 0 : 1;
        Sink sink = (row, apply) -> {
            apply.accept(group.apply(row), first);
            apply.accept(total, first);
        };
        for (Object[] row : rows(dimension, "v", "sum(case when " + in("v.registeredAt") + " then 1 else 0 end), "
                + "sum(case when " + in("v.cancelledAt") + " then 1 else 0 end)",
                "Violation v", in("v.registeredAt") + " or " + in("v.cancelledAt"), from, to)) {
            sink.add(row, (t, c) -> {
                t.registered += number(row[c]);
                t.cancelled += number(row[c + 1]);
            });
        }
        String released = in("i.releasedAt");
        for (Object[] row : rows(dimension, "i", "sum(case when " + in("i.impoundedAt") + " then 1 else 0 end), "
                + "sum(case when " + released + " then 1 else 0 end), "
                + "sum(case when " + released + " then i.fineCharged else 0 end), sum(case when " + released + " then i.towCharged else 0 end), "
                + "sum(case when " + released + " then i.storageCharged else 0 end), sum(case when " + released + " then i.vatCharged else 0 end)",
                "Impound i", in("i.impoundedAt") + " or " + released, from, to)) {
            sink.add(row, (t, c) -> {
                t.impounded += number(row[c]);
                t.released += number(row[c + 1]);
                t.revenue.merge(FeeKind.FINE, number(row[c + 2]), Long::sum);
                t.revenue.merge(FeeKind.TOW, number(row[c + 3]), Long::sum);
                t.revenue.merge(FeeKind.STORAGE, number(row[c + 4]), Long::sum);
                t.revenue.merge(FeeKind.VAT, number(row[c + 5]), Long::sum);
            });
        }
        for (Object[] row : rows(dimension, "p", "sum(case when p.impoundId is null then 1 else 0 end), "
                + "sum(case when p.impoundId is null then p.amount else 0 end), sum(p.amount)",
                "Payment p", in("p.receivedAt"), from, to)) {
            sink.add(row, (t, c) -> {
                t.settled += number(row[c]);
                t.revenue.merge(FeeKind.FINE, number(row[c + 1]), Long::sum);
                t.received += number(row[c + 2]);
            });
        }
        for (Object[] row : rows(dimension, "i", "sum(w.amount)", "Waiver w join Impound i on w.impoundId = i.id", in("w.grantedAt"), from, to)) {
            sink.add(row, (t, c) -> t.waived += number(row[c]));
        }
        // A median does not add up across groups: the totals get their own (see summary).
        for (Object[] row : rows(dimension, "i", MEDIAN_STAY, "Impound i", released, from, to)) {
            group.apply(row).medianStaySeconds = ((Number) row[first]).doubleValue();
        }
    }

    /** {@code select [alias.dimension,] columns from ... where condition [group by alias.dimension]}. */
    private List<Object[]> rows(String dimension, String alias, String columns, String from, String condition, Instant start, Instant end) {
        String key = dimension == null ? null : alias + "." + dimension;
        StringBuilder hql = new StringBuilder("select ");
        if (key != null) {
            hql.append(key).append(", ");
        }
        hql.append(columns).append(" from ").append(from).append(" where ").append(condition);
        if (key != null) {
            hql.append(" group by ").append(key);
        }
        List<Object[]> rows = em.createQuery(hql.toString(), Object[].class).setParameter("from", start).setParameter("to", end).getResultList();
        // An aggregate over no rows at all is one row of nulls: nothing to count.
        return rows.stream().filter(row -> row[row.length - 1] != null).toList();
    }

    private static String in(String time) {
        return "(" + time + " >= :from and " + time + " < :to)";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(cityTime.zone()).toInstant();
    }

    private Map<String, String> labels(LocalDate from, LocalDate to, GroupBy groupBy) {
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
                for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
                    labels.put(month.toString(), month.toString());
                }
            }
        }
        return labels;
    }

    /** Adds a row's figures to its group and to the totals; {@code apply} gets the index of the row's first figure. */
    @FunctionalInterface
    private interface Sink {
        void add(Object[] row, BiConsumer<Tally, Integer> apply);
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

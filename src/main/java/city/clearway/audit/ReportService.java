package city.clearway.audit;

import city.clearway.audit.ReportEvents.KeyPart;
import city.clearway.common.CityTime;
import city.clearway.fee.FeeKind;
import city.clearway.reference.District;
import city.clearway.reference.DistrictRepository;
import city.clearway.reference.ImpoundLot;
import city.clearway.reference.ImpoundLotRepository;
import city.clearway.reference.ViolationType;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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

    private final EntityManager em;
    private final DistrictRepository districts;
    private final ImpoundLotRepository lots;
    private final CityTime cityTime;
    private final ReportDays days;

    private final Caller caller;

    ReportService(EntityManager em, DistrictRepository districts, ImpoundLotRepository lots, CityTime cityTime, ReportDays days,
                  Caller caller) {
        this.caller = caller;
        this.em = em;
        this.districts = districts;
        this.lots = lots;
        this.cityTime = cityTime;
        this.days = days;
    }

    /**
     * The period's figures: for its closed days, the sums kept for each day (see {@link ReportDays}); for the days
     * still open, the events themselves. Each figure lands in its group and in the totals.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report summary(LocalDate from, LocalDate to, GroupBy groupBy) {
        caller.require(Permission.READ_REPORTS);
        List<YearMonth> months = months(from, to);
        Map<String, String> labels = labels(months, groupBy);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        labels.keySet().forEach(key -> tallies.put(key, new Tally()));
        Tally total = new Tally();
        BiConsumer<String, Tally> count = (key, tally) -> {
            tallies.computeIfAbsent(key, k -> new Tally()).add(tally);
            total.add(tally);
        };

        LocalDate closedThrough = days.closeThrough(from, to);
        days.closedTallies(from, closedThrough, (day, tally) -> count.accept(switch (groupBy) {
            case DISTRICT -> day.districtCode();
            case VIOLATION_TYPE -> day.violationType();
            case MONTH -> YearMonth.from(day.day()).toString();
        }, tally));
        if (closedThrough.isBefore(to)) {
            KeyPart key = switch (groupBy) {
                case DISTRICT -> KeyPart.column("districtCode");
                case VIOLATION_TYPE -> KeyPart.column("violationType");
                case MONTH -> KeyPart.spans(months.stream().map(month -> cityTime.startOf(month.atDay(1))).toList(),
                        months.stream().map(YearMonth::toString).toList());
            };
            ReportEvents.count(em, cityTime.startOf(closedThrough.plusDays(1)), cityTime.startOf(to.plusDays(1)), List.of(key))
                    .forEach((k, tally) -> count.accept(k.get(0), tally));
        }

        List<Figures> groups = new ArrayList<>();
        tallies.forEach((key, tally) -> groups.add(tally.figures(key, labels.get(key))));
        return new Report(from, to, groupBy, groups, total.figures("", null), lots.allByCode());
    }

    /** The months the period touches, in order (in the city's calendar, as {@code from} and {@code to} are). */
    private static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
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
}

package city.clearway.report;

import city.clearway.common.CityTime;
import city.clearway.reference.District;
import city.clearway.reference.DistrictService;
import city.clearway.reference.ImpoundLot;
import city.clearway.reference.ImpoundLotService;
import city.clearway.reference.ViolationType;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The district performance report: what happened in a period, counted per district, month or violation type. Every
 * figure is counted on the day of its own event (a car registered in March and released in April counts in March as
 * registered and in April as released); days begin and end in the city's time zone. It reads the sums of closed days
 * and the facts of the others, and writes nothing.
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

    public record Report(LocalDate from, LocalDate to, GroupBy groupBy, List<Figures> groups, Figures totals, List<ImpoundLot> lots) {
    }

    private final ReportQueries queries;
    private final DistrictService districts;
    private final ImpoundLotService lots;
    private final CityTime cityTime;
    private final Caller caller;

    ReportService(ReportQueries queries, DistrictService districts, ImpoundLotService lots, CityTime cityTime, Caller caller) {
        this.queries = queries;
        this.districts = districts;
        this.lots = lots;
        this.cityTime = cityTime;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report summary(LocalDate from, LocalDate to, GroupBy groupBy) {
        caller.require(Permission.READ_REPORTS);
        Map<String, String> labels = labels(from, to, groupBy);
        Map<String, Sums> sums = new LinkedHashMap<>();
        labels.keySet().forEach(key -> sums.put(key, Sums.NONE));
        Sums total = Sums.NONE;
        String zone = cityTime.zone().getId();
        List<DaySums> days = new ArrayList<>(queries.closedDays(from, to, zone));
        days.addAll(queries.openDays(from, to, zone));
        for (DaySums day : days) {
            sums.merge(key(day, groupBy), day.sums(), Sums::plus);
            total = total.plus(day.sums());
        }
        Map<String, Double> medians = switch (groupBy) {
            case DISTRICT -> queries.medianStayByDistrict(from, to);
            case VIOLATION_TYPE -> queries.medianStayByViolationType(from, to);
            case MONTH -> queries.medianStayByMonth(from, to);
        };
        List<Figures> groups = new ArrayList<>();
        sums.forEach((key, figures) -> groups.add(Figures.of(key, labels.get(key), figures, medians.get(key))));
        return new Report(from, to, groupBy, groups, Figures.of(null, null, total, queries.medianStay(from, to)), lots.list());
    }

    private static String key(DaySums day, GroupBy groupBy) {
        return switch (groupBy) {
            case DISTRICT -> day.districtCode();
            case VIOLATION_TYPE -> day.violationType().name();
            case MONTH -> YearMonth.from(day.day()).toString();
        };
    }

    /** Every group the period has, in order, even those with nothing to count. */
    private Map<String, String> labels(LocalDate from, LocalDate to, GroupBy groupBy) {
        Map<String, String> labels = new LinkedHashMap<>();
        switch (groupBy) {
            case DISTRICT -> {
                for (District district : districts.list()) {
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
}

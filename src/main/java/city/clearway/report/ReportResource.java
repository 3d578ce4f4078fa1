package city.clearway.report;

import city.clearway.common.CityTime;
import city.clearway.common.ProblemException;
import city.clearway.common.QueryParams;
import city.clearway.common.QueryParams.DayPeriod;
import city.clearway.common.Rials;
import city.clearway.reference.ImpoundLot;
import city.clearway.report.ReportService.GroupBy;
import city.clearway.report.ReportService.Report;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReportResource {

    /** The longest period one report covers. */
    static final int MAX_DAYS = 3 * 366;

    private final ReportService reports;
    private final CityTime cityTime;

    ReportResource(ReportService reports, CityTime cityTime) {
        this.reports = reports;
        this.cityTime = cityTime;
    }

    public record LotOccupancy(String code, String name, String districtCode, int capacity, int occupied) {
    }

    public record SummaryView(LocalDate from, LocalDate to, String groupBy, String timeZone, String currency,
                              List<Figures> groups, Figures totals, List<LotOccupancy> lots) {
    }

    @GET
    @Path("summary")
    public SummaryView summary(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        DayPeriod period = QueryParams.period(from, to, MAX_DAYS);
        LocalDate first = period.first();
        LocalDate last = period.last();
        Report report = reports.summary(first, last, grouping(groupBy));
        return new SummaryView(report.from(), report.to(), report.groupBy().parameter(),
                cityTime.zone().getId(), Rials.CURRENCY, report.groups(), report.totals(),
                report.lots().stream().map(ReportResource::occupancy).toList());
    }

    private static GroupBy grouping(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return GroupBy.DISTRICT;
        }
        GroupBy grouping = GroupBy.of(groupBy);
        if (grouping == null) {
            throw ProblemException.badParameter("groupBy", "one-of", "district, month, violationType");
        }
        return grouping;
    }


    private static LotOccupancy occupancy(ImpoundLot lot) {
        return new LotOccupancy(lot.getCode(), lot.getName(), lot.getDistrictCode(), lot.getCapacity(), lot.getOccupied());
    }
}

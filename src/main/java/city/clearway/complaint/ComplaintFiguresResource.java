package city.clearway.complaint;

import city.clearway.common.QueryParams;
import city.clearway.common.QueryParams.DayPeriod;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

/** Complaint figures per district and month, for the half-yearly performance report (AUDITOR, ADMIN, SUPERVISOR). */
@Path("/api/v1/reports/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ComplaintFiguresResource {

    static final int MAX_DAYS = 3 * 366;

    private final ComplaintFigures figures;

    ComplaintFiguresResource(ComplaintFigures figures) {
        this.figures = figures;
    }

    public record RowView(String districtCode, String month, long received, long closed, double shareClosed, Double medianHoursToAction) {
    }

    public record FiguresView(LocalDate from, LocalDate to, List<RowView> rows) {
    }

    @GET
    public FiguresView figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        DayPeriod period = QueryParams.period(from, to, MAX_DAYS);
        LocalDate first = period.first();
        LocalDate last = period.last();
        return new FiguresView(first, last, figures.between(first, last).stream()
                .map(row -> new RowView(row.districtCode(), row.month().toString(), row.received(), row.closed(), row.shareClosed(),
                        row.medianHoursToAction()))
                .toList());
    }

}

package city.clearway.web;

import city.clearway.common.CityTime;
import city.clearway.common.ProblemException;
import city.clearway.common.QueryParams;
import city.clearway.common.TimeSource;
import city.clearway.impound.ImpoundService;
import city.clearway.reference.DistrictService;
import city.clearway.reference.ViolationType;
import city.clearway.report.AuditChainService;
import city.clearway.report.Figures;
import city.clearway.report.ReportService.GroupBy;
import city.clearway.report.ReportService;
import city.clearway.violation.PhotoService;
import city.clearway.violation.Violation;
import city.clearway.violation.ViolationExport;
import city.clearway.violation.ViolationQuery;
import city.clearway.violation.ViolationSearch;
import city.clearway.violation.ViolationService;
import city.clearway.violation.ViolationStatus;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The auditor's desk: search with every filter, a violation's timeline with who did what, the state of the audit
 * chain, and the district report with its chart. Read-only: nothing here changes anything.
 */
@Path("/office")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AuditorDesk {

    private static final int PAGE = 50;

    private final ViolationService violations;
    private final ViolationExport export;
    private final PhotoService photos;
    private final ImpoundService impounds;
    private final DistrictService districts;
    private final AuditChainService chainService;
    private final ReportService reports;
    private final CityTime cityTime;
    private final TimeSource time;
    private final OfficeViews views;

    AuditorDesk(ViolationService violations, ViolationExport export, PhotoService photos, ImpoundService impounds,
                DistrictService districts, AuditChainService chainService, ReportService reports, CityTime cityTime, TimeSource time,
                OfficeViews views) {
        this.violations = violations;
        this.export = export;
        this.photos = photos;
        this.impounds = impounds;
        this.districts = districts;
        this.chainService = chainService;
        this.reports = reports;
        this.cityTime = cityTime;
        this.time = time;
        this.views = views;
    }

    /** The form's filters read as the API reads them, its days turned into the API's period (see {@link ViolationQuery}). */
    @GET
    @Path("violations")
    public TemplateInstance search(@BeanParam ViolationQuery query, @Context HttpHeaders headers) {
        // Asked before anything is read: the service says whether this reader may search at all.
        violations.scoped(new ViolationSearch(null, null, null, null, null, null, null, PAGE, null));
        OfficeView view = views.of(headers);
        List<Violation> found = List.of();
        String next = null;
        String error = null;
        boolean searched = query.filtered() || query.cursor() != null;
        if (searched) {
            try {
                ViolationService.Page page = violations.search(query.search(query.days(cityTime), PAGE, query.after()));
                found = page.items();
                next = page.nextCursor();
            } catch (ProblemException e) {
                error = views.explain(e, view);
            }
        }
        return view.page(OfficeTemplates.search(view, query, query.filters(), found, next, searched, error, districts.list(),
                Arrays.asList(ViolationStatus.values()), Arrays.asList(ViolationType.values())));
    }

    @GET
    @Path("violations.csv")
    @Produces("text/csv")
    public Response exportCsv(@BeanParam ViolationQuery query) {
        return export.download(query.search(query.days(cityTime), ViolationExport.PAGE, null));
    }

    @GET
    @Path("violations/{id}")
    public TemplateInstance timeline(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Violation violation = violations.get(id);
        OfficeView view = views.of(headers);
        return view.page(OfficeTemplates.timeline(view, violation,
                violation.getImpoundId() == null ? null : impounds.get(violation.getImpoundId()), photos.list(id), violations.history(violation)));
    }

    @GET
    @Path("violations/{id}/photos/{sha256}")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") UUID id, @PathParam("sha256") String sha256) {
        return photos.bytes(id, sha256).download();
    }

    @GET
    @Path("audit")
    public TemplateInstance chain(@Context HttpHeaders headers) {
        OfficeView view = views.of(headers);
        return view.page(OfficeTemplates.chain(view, chainService.verify()));
    }

    @GET
    @Path("reports")
    public TemplateInstance report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                                   @Context HttpHeaders headers, @Context UriInfo uri) {
        OfficeView view = views.of(headers);
        LocalDate today = cityTime.dayOf(time.now());
        String first = from == null || from.isBlank() ? today.minusMonths(6).plusDays(1).toString() : from;
        String last = to == null || to.isBlank() ? today.toString() : to;
        GroupBy grouping = GroupBy.of(groupBy == null || groupBy.isBlank() ? "district" : groupBy);
        ReportService.Report result = null;
        String error = null;
        try {
            if (grouping == null) {
                throw ProblemException.badParameter("groupBy", "one-of", "district, month, violationType");
            }
            result = reports.summary(QueryParams.day("from", first), QueryParams.day("to", last), grouping);
        } catch (ProblemException e) {
            error = views.explain(e, view);
        }
        return view.page(OfficeTemplates.report(view, first, last, grouping == null ? "district" : grouping.parameter(), result,
                result == null ? null : BarChart.of(result.groups(), view), error));
    }

    /** Grouped bars for the report: registered, impounded and released side by side for each group. */
    public record BarChart(int width, int height, List<Bar> bars, List<Label> labels) {

        public record Bar(int x, int y, int width, int height, String css, String title) {
        }

        public record Label(int x, int y, String text) {
        }

        private static final int BAR = 14;
        private static final int GAP = 22;
        private static final int PLOT = 160;

        static BarChart of(List<Figures> groups, OfficeView view) {
            long max = 1;
            for (Figures g : groups) {
                max = Math.max(max, Math.max(g.registered(), Math.max(g.impounded(), g.released())));
            }
            List<Bar> bars = new ArrayList<>();
            List<Label> labels = new ArrayList<>();
            int x = 10;
            for (Figures g : groups) {
                long[] values = {g.registered(), g.impounded(), g.released()};
                String[] kinds = {"registered", "impounded", "released"};
                String[] names = {view.texts().report_registered(), view.texts().report_impounded(), view.texts().report_released()};
                for (int i = 0; i < values.length; i++) {
                    int h = (int) Math.round(PLOT * (double) values[i] / max);
                    bars.add(new Bar(x + i * BAR, 10 + PLOT - h, BAR - 2, h, "bar-" + kinds[i],
                            (g.label() == null ? g.key() : g.label()) + " · " + names[i] + ": " + view.num(values[i])));
                }
                labels.add(new Label(x + BAR * 3 / 2, 10 + PLOT + 16, g.key()));
                x += BAR * 3 + GAP;
            }
            return new BarChart(Math.max(x, 200), PLOT + 40, bars, labels);
        }
    }
}

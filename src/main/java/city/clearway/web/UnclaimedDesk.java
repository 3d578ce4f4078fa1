package city.clearway.web;

import city.clearway.common.ProblemException;
import city.clearway.common.QueryParams;
import city.clearway.impound.DisposalService;
import city.clearway.impound.Impound;
import city.clearway.impound.LotSettings;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The vehicles left in the lot for a number of days (the disposal period by default), the longest there first: where a
 * supervisor finds what may be disposed of. Each links to its impound page, which carries the disposal form.
 */
@Path("/office/unclaimed")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class UnclaimedDesk {

    private final DisposalService disposals;
    private final LotSettings settings;
    private final OfficeViews views;

    UnclaimedDesk(DisposalService disposals, LotSettings settings, OfficeViews views) {
        this.disposals = disposals;
        this.settings = settings;
        this.views = views;
    }

    @GET
    public TemplateInstance unclaimed(@QueryParam("days") String days, @Context HttpHeaders headers) {
        OfficeView view = views.of(headers);
        int shown = settings.disposalAfterDays();
        List<Impound> rows = List.of();
        String error = null;
        try {
            shown = QueryParams.intInRange("days", days, 0, 36500, settings.disposalAfterDays());
            rows = disposals.unclaimed(null, null, shown, 200);
        } catch (ProblemException e) {
            error = views.explain(e, view);
        }
        return view.page(OfficeTemplates.unclaimed(view, rows, shown, error));
    }
}

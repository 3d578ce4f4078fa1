package city.clearway.web;

import city.clearway.common.ProblemException;
import city.clearway.common.QueryParams;
import city.clearway.complaint.Complaint;
import city.clearway.complaint.ComplaintService.Queued;
import city.clearway.complaint.ComplaintService;
import city.clearway.complaint.ComplaintStatus;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;
import java.util.UUID;

/**
 * The complaint queue for inspectors and supervisors: a list without a map (nearest first when the handheld sends
 * where it stands as {@code lat} and {@code lon}), each complaint's trail, and the form that closes one when nothing was
 * found. Every rule is {@link ComplaintService}'s; this class only speaks HTML.
 */
@Path("/office/complaints")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ComplaintDesk {

    private final ComplaintService complaints;
    private final OfficeViews views;

    ComplaintDesk(ComplaintService complaints, OfficeViews views) {
        this.complaints = complaints;
        this.views = views;
    }

    /** What the filter form asked for, echoed back into it. */
    public record Filters(String status, String lat, String lon) {
    }

    @GET
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("lat") String lat, @QueryParam("lon") String lon,
                                  @Context HttpHeaders headers) {
        OfficeView view = views.of(headers);
        Filters filters = new Filters(status == null ? ComplaintStatus.OPEN.name() : status, lat == null ? "" : lat, lon == null ? "" : lon);
        List<Queued> rows = List.of();
        String error = null;
        try {
            rows = complaints.queue(null, QueryParams.enumValue("status", filters.status(), ComplaintStatus.class),
                    Forms.degrees("lat", lat, 90), Forms.degrees("lon", lon, 180), 200);
        } catch (ProblemException e) {
            error = views.explain(e, view);
        }
        return view.page(OfficeTemplates.complaints(view, rows, filters, error, List.of(ComplaintStatus.values())));
    }

    @GET
    @Path("{id}")
    public TemplateInstance complaint(@PathParam("id") UUID id, @QueryParam("done") String done, @Context HttpHeaders headers) {
        OfficeView view = views.of(headers);
        return page(id, view, done == null ? null : view.texts().complaint_closed(), null, "");
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        try {
            complaints.close(id, Forms.required(form, "reason"));
            return Response.seeOther(UriBuilder.fromPath("/office/complaints/{id}").queryParam("done", "closed").build(id)).build();
        } catch (ProblemException e) {
            OfficeView view = views.of(headers);
            String reason = form.getFirst("reason");
            return Response.ok(page(id, view, null, views.explain(e, view), reason == null ? "" : reason)).build();
        }
    }

    private TemplateInstance page(UUID id, OfficeView view, String notice, String error, String reason) {
        Complaint found = complaints.get(id);
        return view.page(OfficeTemplates.complaint(view, found, complaints.reportedPlates(found), complaints.trail(found),
                found.getStatus() == ComplaintStatus.OPEN && complaints.mayClose(found), reason, notice, error));
    }
}

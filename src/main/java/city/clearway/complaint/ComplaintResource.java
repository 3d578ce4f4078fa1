package city.clearway.complaint;

import city.clearway.common.ProblemException;
import city.clearway.common.QueryParams;
import city.clearway.complaint.ComplaintDtos.CloseRequest;
import city.clearway.complaint.ComplaintDtos.ComplaintDetail;
import city.clearway.complaint.ComplaintDtos.ComplaintPage;
import city.clearway.complaint.ComplaintDtos.LinkRequest;
import city.clearway.complaint.ComplaintDtos.RouteRequest;
import city.clearway.complaint.ComplaintService.PhotoBytes;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/** The inspectors' complaint queue (PRODUCT §10); who sees and does what is decided in {@link ComplaintService}. */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ComplaintResource {

    private final ComplaintService service;
    private final ComplaintMapper mapper;

    ComplaintResource(ComplaintService service, ComplaintMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    public ComplaintPage queue(@QueryParam("districtCode") String districtCode, @QueryParam("status") String status,
                               @QueryParam("lat") String lat, @QueryParam("lon") String lon, @QueryParam("limit") String limit) {
        Double latitude = QueryParams.degrees("lat", lat, 90);
        Double longitude = QueryParams.degrees("lon", lon, 180);
        if ((latitude == null) != (longitude == null)) {
            throw ProblemException.badParameter(latitude == null ? "lat" : "lon", "required-with", latitude == null ? "lon" : "lat");
        }
        return new ComplaintPage(service.queue(QueryParams.text(districtCode), QueryParams.enumValue("status", status, ComplaintStatus.class),
                        latitude, longitude, QueryParams.intInRange("limit", limit, 1, 500, 200)).stream()
                .map(queued -> mapper.toView(queued.complaint(), queued.distanceMeters()))
                .toList());
    }

    @GET
    @Path("{id}")
    public ComplaintDetail get(@PathParam("id") UUID id) {
        return detail(service.get(id));
    }

    @GET
    @Path("{id}/photos/{sha256}")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") UUID id, @PathParam("sha256") String sha256) {
        PhotoBytes photo = service.photo(id, sha256);
        return Response.ok(photo.content(), photo.contentType()).build();
    }

    @POST
    @Path("{id}/violations")
    public ComplaintDetail link(@PathParam("id") UUID id, @Valid @NotNull LinkRequest request) {
        return detail(service.link(id, request.violationId()));
    }

    @POST
    @Path("{id}/close")
    public ComplaintDetail close(@PathParam("id") UUID id, @Valid @NotNull CloseRequest request) {
        return detail(service.close(id, request.reason()));
    }

    @POST
    @Path("{id}/route")
    public ComplaintDetail route(@PathParam("id") UUID id, @Valid @NotNull RouteRequest request) {
        return detail(service.route(id, request.districtCode()));
    }

    private ComplaintDetail detail(Complaint complaint) {
        return mapper.toDetail(complaint, service.reportedPlates(complaint), service.photos(complaint), service.trail(complaint));
    }

}

package city.clearway.appeal;

import city.clearway.appeal.AppealDtos.AppealRequest;
import city.clearway.appeal.AppealDtos.AppealView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;
import java.util.UUID;

/** The appeals of one violation: filing one for the owner, and reading them. */
@Path("/api/v1/violations/{id}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ViolationAppealResource {

    private final AppealService appeals;
    private final AppealMapper mapper;

    ViolationAppealResource(AppealService appeals, AppealMapper mapper) {
        this.appeals = appeals;
        this.mapper = mapper;
    }

    @POST
    public Response file(@PathParam("id") UUID violationId, @Valid @NotNull AppealRequest request) {
        Appeal appeal = appeals.file(violationId, request);
        return Response.created(UriBuilder.fromPath("/api/v1/appeals/{id}").build(appeal.getId())).entity(mapper.toView(appeal)).build();
    }

    @GET
    public List<AppealView> list(@PathParam("id") UUID violationId) {
        return mapper.toViews(appeals.ofViolation(violationId));
    }
}

package city.clearway.appeal;

import city.clearway.appeal.AppealDtos.AppealView;
import city.clearway.appeal.AppealDtos.DecisionRequest;
import city.clearway.common.QueryParams;
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

import java.util.List;
import java.util.UUID;

/** Appeals: the supervisors' list of those waiting, one appeal, and its decision. */
@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class AppealResource {

    private final AppealService appeals;
    private final AppealMapper mapper;

    AppealResource(AppealService appeals, AppealMapper mapper) {
        this.appeals = appeals;
        this.mapper = mapper;
    }

    @GET
    public List<AppealView> list(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        return mapper.toViews(appeals.list(QueryParams.enumValue("status", status, AppealStatus.class),
                QueryParams.intInRange("limit", limit, 1, 200, 100)));
    }

    @GET
    @Path("{id}")
    public AppealView get(@PathParam("id") UUID id) {
        return mapper.toView(appeals.get(id));
    }

    @POST
    @Path("{id}/decision")
    public AppealView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return mapper.toView(appeals.decide(id, request));
    }
}

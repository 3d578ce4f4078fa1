package city.clearway.impound;

import city.clearway.common.Idempotency;
import city.clearway.common.ProblemException;
import city.clearway.impound.IntakeDtos.InventoryRequest;
import city.clearway.impound.IntakeDtos.InventoryView;
import city.clearway.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;
import java.util.UUID;

/** The intake inventory of an impound: each POST a new version, the latest and all of them readable. */
@Path("/api/v1/impounds/{id}/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class InventoryResource {

    private final IntakeInventoryService inventories;
    private final Idempotency idempotency;
    private final Caller caller;
    private final IntakeMapper mapper;

    InventoryResource(IntakeInventoryService inventories, Idempotency idempotency, Caller caller, IntakeMapper mapper) {
        this.inventories = inventories;
        this.idempotency = idempotency;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    public Response record(@PathParam("id") UUID id, @Context HttpHeaders headers, @Valid @NotNull InventoryRequest request) {
        String operation = "POST /api/v1/impounds/" + id + "/inventory";
        return idempotency.once(caller.username(), Idempotency.key(headers), operation, request, () -> {
            IntakeInventory inventory = inventories.record(id, request);
            return Response.created(UriBuilder.fromPath("/api/v1/impounds/{id}/inventory").build(id))
                    .entity(mapper.toView(inventory))
                    .build();
        });
    }

    @GET
    public InventoryView latest(@PathParam("id") UUID id) {
        return inventories.latest(id).map(mapper::toView).orElseThrow(() -> ProblemException.notFound("inventory", id));
    }

    @GET
    @Path("versions")
    public List<InventoryView> versions(@PathParam("id") UUID id) {
        return mapper.toViews(inventories.versions(id));
    }
}

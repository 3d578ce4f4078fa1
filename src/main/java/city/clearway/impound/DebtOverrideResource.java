package city.clearway.impound;

import city.clearway.common.CityTime;
import city.clearway.impound.ReleaseDtos.DebtOverrideRequest;
import city.clearway.impound.ReleaseDtos.DebtOverrideView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/** A supervisor lets a vehicle leave although other impounds of its plate still owe. */
@Path("/api/v1/impounds/{id}/debt-override")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DebtOverrideResource {

    private final DebtOverrides overrides;
    private final CityTime cityTime;

    DebtOverrideResource(DebtOverrides overrides, CityTime cityTime) {
        this.overrides = overrides;
        this.cityTime = cityTime;
    }

    @POST
    public Response record(@PathParam("id") UUID id, @Valid @NotNull DebtOverrideRequest request) {
        DebtOverride override = overrides.record(id, request);
        DebtOverrideView view = new DebtOverrideView(override.getId(), override.getImpoundId(), override.getReason(),
                cityTime.toCity(override.getRecordedAt()), override.getRecordedBy());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}

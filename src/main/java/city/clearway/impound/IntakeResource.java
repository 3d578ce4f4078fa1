package city.clearway.impound;

import city.clearway.common.IfMatch;
import city.clearway.impound.ImpoundDtos.ImpoundRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.UUID;

/** The tow arrives at the lot: a violation's vehicle enters an impound. */
@Path("/api/v1/violations/{id}/impound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class IntakeResource {

    private final ImpoundService impounds;
    private final ImpoundMapper mapper;

    IntakeResource(ImpoundService impounds, ImpoundMapper mapper) {
        this.impounds = impounds;
        this.mapper = mapper;
    }

    @POST
    public Response intake(@PathParam("id") UUID violationId, @Valid @NotNull ImpoundRequest request) {
        Impound impound = impounds.intake(violationId, request);
        return Response.created(UriBuilder.fromPath("/api/v1/impounds/{id}").build(impound.getId()))
                .header(HttpHeaders.ETAG, IfMatch.etag(impound.getVersion()))
                .entity(mapper.toView(impound))
                .build();
    }
}

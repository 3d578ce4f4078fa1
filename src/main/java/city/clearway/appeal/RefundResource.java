package city.clearway.appeal;

import city.clearway.appeal.AppealDtos.RefundRequest;
import city.clearway.appeal.AppealDtos.RefundView;
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

/** A refund at the lot, for a towed car whose appeal was overturned. */
@Path("/api/v1/impounds/{id}/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class RefundResource {

    private final RefundService refunds;
    private final AppealMapper mapper;

    RefundResource(RefundService refunds, AppealMapper mapper) {
        this.refunds = refunds;
        this.mapper = mapper;
    }

    @POST
    public Response refund(@PathParam("id") UUID impoundId, @Valid @NotNull RefundRequest request) {
        RefundService.Recorded recorded = refunds.atImpound(impoundId, request);
        return Response.status(Response.Status.CREATED).entity(mapper.toView(recorded.refund(), recorded.stillDue())).build();
    }
}

package city.clearway.appeal;

import city.clearway.appeal.AppealDtos.RefundRequest;
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

/** A refund of a fine paid on the spot, for a violation never towed whose appeal was overturned. */
@Path("/api/v1/violations/{id}/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ViolationRefundResource {

    private final RefundService refunds;
    private final AppealMapper mapper;

    ViolationRefundResource(RefundService refunds, AppealMapper mapper) {
        this.refunds = refunds;
        this.mapper = mapper;
    }

    @POST
    public Response refund(@PathParam("id") UUID violationId, @Valid @NotNull RefundRequest request) {
        RefundService.Recorded recorded = refunds.forViolation(violationId, request);
        return Response.status(Response.Status.CREATED).entity(mapper.toView(recorded.refund(), recorded.stillDue())).build();
    }
}

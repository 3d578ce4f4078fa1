package city.clearway.impound;

import city.clearway.common.IfMatch;
import city.clearway.impound.ImpoundDtos.DisposalRequest;
import city.clearway.impound.ImpoundDtos.NoticeView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/**
 * The owner notices of an impound and the disposal of an unclaimed vehicle (PRODUCT §9). Its path is the impounds'
 * own: a resource class at {@code /api/v1/impounds/{id}} would take the first match of every {@code /impounds/{id}/...}
 * request, and Quarkus REST then builds a new route table per request to try the next class.
 */
@Path("/api/v1/impounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class NoticeResource {

    private final NoticeOutbox notices;
    private final DisposalService disposals;
    private final ImpoundMapper mapper;

    NoticeResource(NoticeOutbox notices, DisposalService disposals, ImpoundMapper mapper) {
        this.notices = notices;
        this.disposals = disposals;
        this.mapper = mapper;
    }

    @GET
    @Path("{id}/notices")
    public List<NoticeView> notices(@PathParam("id") UUID id) {
        return mapper.toNoticeViews(notices.of(id));
    }

    @POST
    @Path("{id}/disposal")
    public Response dispose(@PathParam("id") UUID id, @Valid @NotNull DisposalRequest request) {
        Impound impound = disposals.dispose(id, request);
        return Response.ok(mapper.toView(impound)).header(HttpHeaders.ETAG, IfMatch.etag(impound.getVersion())).build();
    }
}

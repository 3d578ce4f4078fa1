package city.clearway.reference;

import city.clearway.reference.ReferenceDtos.ImpoundLotCreate;
import city.clearway.reference.ReferenceDtos.ImpoundLotView;
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

@Path("/api/v1/impound-lots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ImpoundLotResource {

    private final ImpoundLotService service;
    private final ReferenceMapper mapper;

    ImpoundLotResource(ImpoundLotService service, ReferenceMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    public List<ImpoundLotView> list() {
        return mapper.toLotViews(service.list());
    }

    @GET
    @Path("{code}")
    public ImpoundLotView get(@PathParam("code") String code) {
        return mapper.toView(service.get(code));
    }

    @POST
    public Response create(@Valid @NotNull ImpoundLotCreate request) {
        ImpoundLot lot = service.create(request);
        return Response.created(UriBuilder.fromPath("/api/v1/impound-lots/{code}").build(lot.getCode()))
                .entity(mapper.toView(lot))
                .build();
    }
}

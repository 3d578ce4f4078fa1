package city.clearway.fee;

import city.clearway.fee.TariffDtos.TariffCreate;
import city.clearway.fee.TariffDtos.TariffView;
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

@Path("/api/v1/tariffs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class TariffResource {

    private final TariffService service;
    private final TariffMapper mapper;

    TariffResource(TariffService service, TariffMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    public List<TariffView> list() {
        return mapper.toViews(service.list());
    }

    @GET
    @Path("current")
    public TariffView current() {
        return mapper.toView(service.current());
    }

    @GET
    @Path("{version}")
    public TariffView get(@PathParam("version") int version) {
        return mapper.toView(service.get(version));
    }

    @POST
    public Response publish(@Valid @NotNull TariffCreate request) {
        Tariff tariff = service.publish(request);
        return Response.created(UriBuilder.fromPath("/api/v1/tariffs/{version}").build(tariff.getVersion()))
                .entity(mapper.toView(tariff))
                .build();
    }
}

package city.clearway.reference;

import city.clearway.reference.ReferenceDtos.DistrictDto;
import city.clearway.reference.ReferenceDtos.DistrictUpdate;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

@Path("/api/v1/districts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DistrictResource {

    private final DistrictService service;
    private final ReferenceMapper mapper;

    DistrictResource(DistrictService service, ReferenceMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    public List<DistrictDto> list() {
        return mapper.toDistrictDtos(service.list());
    }

    @GET
    @Path("{code}")
    public DistrictDto get(@PathParam("code") String code) {
        return mapper.toDto(service.get(code));
    }

    @PUT
    @Path("{code}")
    public DistrictDto update(@PathParam("code") String code, @Valid @NotNull DistrictUpdate request) {
        return mapper.toDto(service.update(code, request));
    }

    @POST
    public Response create(@Valid @NotNull DistrictDto request) {
        District district = service.create(request);
        return Response.created(UriBuilder.fromPath("/api/v1/districts/{code}").build(district.getCode()))
                .entity(mapper.toDto(district))
                .build();
    }
}

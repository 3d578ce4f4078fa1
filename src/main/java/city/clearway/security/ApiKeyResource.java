package city.clearway.security;

import city.clearway.common.CityTime;
import city.clearway.security.ApiKeyDtos.ApiKeyCreate;
import city.clearway.security.ApiKeyDtos.ApiKeyCreated;
import city.clearway.security.ApiKeyDtos.ApiKeyView;
import city.clearway.security.ApiKeyService.Issued;
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

/** API keys for civic apps (ADMIN, decided in {@link ApiKeyService}). */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ApiKeyResource {

    private final ApiKeyService service;
    private final ApiKeyMapper mapper;
    private final CityTime cityTime;

    ApiKeyResource(ApiKeyService service, ApiKeyMapper mapper, CityTime cityTime) {
        this.service = service;
        this.mapper = mapper;
        this.cityTime = cityTime;
    }

    @GET
    public List<ApiKeyView> list() {
        return mapper.toViews(service.list());
    }

    /** The one answer that carries the key: no cache may keep it. */
    @POST
    public Response create(@Valid @NotNull ApiKeyCreate request) {
        Issued issued = service.create(request.name());
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new ApiKeyCreated(issued.key().getId(), issued.key().getName(), issued.secret(),
                        cityTime.toCity(issued.key().getCreatedAt())))
                .build();
    }

    @POST
    @Path("{id}/revoke")
    public ApiKeyView revoke(@PathParam("id") UUID id) {
        return mapper.toView(service.revoke(id));
    }
}

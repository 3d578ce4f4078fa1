package city.clearway.security;

import city.clearway.security.UserDtos.PasswordReset;
import city.clearway.security.UserDtos.UserCreate;
import city.clearway.security.UserDtos.UserView;
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

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class UserResource {

    private final UserService service;
    private final UserMapper mapper;

    UserResource(UserService service, UserMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    public List<UserView> list() {
        return mapper.toViews(service.list());
    }

    @GET
    @Path("{username}")
    public UserView get(@PathParam("username") String username) {
        return mapper.toView(service.get(username));
    }

    @POST
    public Response create(@Valid @NotNull UserCreate request) {
        UserAccount account = service.create(request);
        return Response.created(UriBuilder.fromPath("/api/v1/users/{username}").build(account.getUsername()))
                .entity(mapper.toView(account))
                .build();
    }

    @POST
    @Path("{username}/disable")
    public UserView disable(@PathParam("username") String username) {
        return mapper.toView(service.disable(username));
    }

    @POST
    @Path("{username}/enable")
    public UserView enable(@PathParam("username") String username) {
        return mapper.toView(service.enable(username));
    }

    @POST
    @Path("{username}/password")
    public UserView resetPassword(@PathParam("username") String username, @Valid @NotNull PasswordReset request) {
        return mapper.toView(service.resetPassword(username, request.password()));
    }
}

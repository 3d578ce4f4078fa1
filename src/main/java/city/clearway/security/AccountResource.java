package city.clearway.security;

import city.clearway.common.ClientAddress;
import city.clearway.security.UserDtos.PasswordChange;
import city.clearway.security.UserDtos.UserView;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The signed-in person's own account: the one thing an account holding a temporary password may do. */
@Path("/api/v1/account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class AccountResource {

    private final UserService service;
    private final UserMapper mapper;

    AccountResource(UserService service, UserMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @POST
    @Path("password")
    public UserView changePassword(@Valid @NotNull PasswordChange request, @Context HttpServerRequest http) {
        return mapper.toView(service.changeOwnPassword(request.currentPassword(), request.newPassword(), ClientAddress.of(http)));
    }
}

package city.clearway.security;

import city.clearway.common.ClientAddress;
import city.clearway.common.PlainText;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * HTTP Basic on the API: the built-in accounts, through {@link PasswordSignIn}. A sign-in this instance checked a
 * moment ago is answered on the HTTP thread; any other goes to a worker thread, where the database can be asked.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final PasswordSignIn signIn;

    PasswordIdentityProvider(PasswordSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!PlainText.is(request.getUsername())) {
            // No account is named with a NUL or another control character; the database could not even be asked.
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String password = new String(request.getPassword().getPassword());
        Optional<Account> remembered = signIn.rememberedSignIn(request.getUsername(), password);
        if (remembered.isPresent()) {
            return Uni.createFrom().item(Identities.of(remembered.get()));
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = ClientAddress.of(routing == null ? null : routing.request());
        return context.runBlocking(() -> Identities.of(signIn.verify(request.getUsername(), password, address)));
    }
}

package city.clearway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Resumes an office session from the database: its account as it is now, or nothing once the session has ended. */
@ApplicationScoped
public class OfficeSessionIdentityProvider implements IdentityProvider<OfficeSessionRequest> {

    private final OfficeSessions sessions;

    OfficeSessionIdentityProvider(OfficeSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<OfficeSessionRequest> getRequestType() {
        return OfficeSessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(OfficeSessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resume(request.token())
                .map(Identities::of)
                .orElseThrow(AuthenticationFailedException::new));
    }
}

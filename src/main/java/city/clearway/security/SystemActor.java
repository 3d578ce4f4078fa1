package city.clearway.security;

import city.clearway.audit.AuditLog;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * What the service does by itself (the first administrator, the demo city) goes through the same services as anyone's
 * request, as the actor {@code system} with an administrator's role: checked, validated and audited alike.
 */
@ApplicationScoped
public class SystemActor {

    private static final SecurityIdentity SYSTEM = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(AuditLog.SYSTEM))
            .addRole(Role.ADMIN.name())
            .build();

    private final CurrentIdentityAssociation identities;

    SystemActor(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** Runs {@code work} in a request of its own, signed in as the system. */
    @ActivateRequestContext
    public void run(Runnable work) {
        identities.setIdentity(SYSTEM);
        work.run();
    }
}

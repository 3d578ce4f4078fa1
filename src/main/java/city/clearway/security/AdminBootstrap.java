package city.clearway.security;

import city.clearway.common.ClearwayConfig;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemException.FieldProblem;
import city.clearway.common.ProblemType;
import city.clearway.common.UniqueViolation;
import city.clearway.security.UserDtos.UserCreate;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * On the first start there is no one to sign in as: create {@code admin} with the password from
 * {@code CLEARWAY_ADMIN_PASSWORD}, or generate one and print it this once. Where the city's OIDC provider signs people
 * in ({@code CLEARWAY_AUTH=oidc}) no password can sign in, so none is made or printed.
 */
@ApplicationScoped
public class AdminBootstrap {

    public static final String ADMIN = "admin";
    public static final int BOOTSTRAP_PRIORITY = 10;
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final UserAccountRepository accounts;
    private final SystemActor system;
    private final ClearwayConfig config;

    AdminBootstrap(UserService users, UserAccountRepository accounts, SystemActor system, ClearwayConfig config) {
        this.users = users;
        this.accounts = accounts;
        this.system = system;
        this.config = config;
    }

    void onStart(@Observes @Priority(BOOTSTRAP_PRIORITY) StartupEvent event) {
        if (config.auth() == ClearwayConfig.Auth.OIDC) {
            return;
        }
        system.run(this::createAdminIfMissing);
    }

    private void createAdminIfMissing() {
        if (accounts.findByIdOptional(ADMIN).isPresent()) {
            return;
        }
        boolean generated = config.adminPassword().isEmpty();
        String password = config.adminPassword().orElseGet(AdminBootstrap::generatePassword);
        try {
            users.create(new UserCreate(ADMIN, password, Set.of(Role.ADMIN), null, null));
        } catch (ProblemException e) {
            if (e.type() == ProblemType.ALREADY_EXISTS) {
                return;  // another instance of the service, starting at the same moment, created it
            }
            throw new IllegalStateException("CLEARWAY_ADMIN_PASSWORD is refused (" + e.fields().stream().map(FieldProblem::messageKey)
                    .toList() + "): choose at least " + PasswordPolicy.MIN_LENGTH + " characters that are not a common password", e);
        } catch (RuntimeException e) {
            if (UniqueViolation.causedIt(e)) {
                return;  // the same, noticed when the two committed
            }
            throw e;
        }
        if (generated) {
            LOG.warnf("%n%n    Created the first administrator.%n    username: %s%n    password: %s%n"
                    + "    It is shown this once; set CLEARWAY_ADMIN_PASSWORD to choose it yourself.%n", ADMIN, password);
        } else {
            LOG.infof("Created the first administrator '%s' with the password from CLEARWAY_ADMIN_PASSWORD.", ADMIN);
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}

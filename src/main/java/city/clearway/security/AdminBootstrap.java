package city.clearway.security;

import city.clearway.audit.AuditAction;
import city.clearway.audit.AuditData;
import city.clearway.audit.AuditEntity;
import city.clearway.audit.AuditLog;
import city.clearway.common.ClearwayConfig;
import city.clearway.common.TimeSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

/**
 * On the first start there is no one to sign in as: create {@code admin} with the password from
 * {@code CLEARWAY_ADMIN_PASSWORD}, or generate one and print it this once.
 */
@ApplicationScoped
public class AdminBootstrap {

    public static final String ADMIN = "admin";
    public static final int BOOTSTRAP_PRIORITY = 10;
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final TimeSource time;
    private final ClearwayConfig config;

    AdminBootstrap(UserAccountRepository users, AuditLog audit, TimeSource time, ClearwayConfig config) {
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.config = config;
    }

    void onStart(@Observes @Priority(BOOTSTRAP_PRIORITY) StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::createAdminIfMissing);
    }

    private void createAdminIfMissing() {
        if (users.findByIdOptional(ADMIN).isPresent()) {
            return;
        }
        boolean generated = config.adminPassword().isEmpty();
        String password = config.adminPassword().orElseGet(AdminBootstrap::generatePassword);
        List<String> problems = PasswordPolicy.problems(ADMIN, password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("CLEARWAY_ADMIN_PASSWORD is refused (" + String.join(", ", problems)
                    + "): choose at least " + PasswordPolicy.MIN_LENGTH + " characters that are not a common password");
        }
        UserAccount admin = new UserAccount(ADMIN, BcryptUtil.bcryptHash(password), EnumSet.of(Role.ADMIN), null, null, time.now());
        users.persist(admin);
        audit.record(AuditLog.SYSTEM, AuditAction.USER_CREATED, AuditEntity.USER, ADMIN, AuditData.of("username", ADMIN, "roles", admin.getRoles()));
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

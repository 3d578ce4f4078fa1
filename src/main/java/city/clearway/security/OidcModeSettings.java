package city.clearway.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code CLEARWAY_AUTH=oidc} turns the OIDC tenant on and gives the API and the office pages its mechanisms in place
 * of HTTP Basic and the office session, when the service starts rather than when it is built: one jar serves both
 * modes. Ranked above application.properties and below the environment, so an operator can still override each line.
 * {@code ClearwayConfig.auth()} refuses a value that is neither mode when the service starts.
 */
public class OidcModeSettings implements ConfigSourceFactory {

    static final String MODE = "clearway.auth";
    private static final int BETWEEN_APPLICATION_PROPERTIES_AND_ENVIRONMENT = 275;

    private static final Map<String, String> OIDC = Map.of(
            "quarkus.oidc.tenant-enabled", "true",
            "quarkus.http.auth.permission.api.auth-mechanism", "bearer",
            "quarkus.http.auth.permission.office.auth-mechanism", "code",
            // Signing out is the provider's too (quarkus.oidc.logout.path): the code flow must see that request.
            "quarkus.http.auth.permission.office-logout.paths", "/office/logout",
            "quarkus.http.auth.permission.office-logout.policy", "authenticated",
            "quarkus.http.auth.permission.office-logout.auth-mechanism", "code");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue mode = context.getValue(MODE);
        if (mode == null || mode.getValue() == null || !"oidc".equals(mode.getValue().strip().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(OIDC, "CLEARWAY_AUTH=oidc", BETWEEN_APPLICATION_PROPERTIES_AND_ENVIRONMENT));
    }
}

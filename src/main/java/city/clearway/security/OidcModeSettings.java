package city.clearway.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
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
    private static final String OFFICE_POLICY = "quarkus.http.filter.office.header.\"Content-Security-Policy\"";
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
        String mode = value(context, MODE);
        if (mode == null || !"oidc".equals(mode.strip().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Map<String, String> settings = new HashMap<>(OIDC);
        String policy = value(context, OFFICE_POLICY);
        String provider = origin(value(context, "quarkus.oidc.auth-server-url"));
        if (policy != null && provider != null) {
            // Signing out posts a form whose answer redirects to the provider; the browser follows it only if allowed.
            settings.put(OFFICE_POLICY, policy.replace("form-action 'self'", "form-action 'self' " + provider));
        }
        return List.of(new PropertiesConfigSource(settings, "CLEARWAY_AUTH=oidc", BETWEEN_APPLICATION_PROPERTIES_AND_ENVIRONMENT));
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }

    /** {@code https://id.city.example} of {@code https://id.city.example/realms/clearway}; null if it is no such URL. */
    private static String origin(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

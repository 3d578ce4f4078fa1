package city.clearway.security;

import city.clearway.support.OidcTokens;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The service started with CLEARWAY_AUTH=oidc against the test OIDC provider (quarkus-test-oidc-server). */
public class OidcMode implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "clearway.auth", "oidc",
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                "quarkus.oidc.client-id", OidcTokens.OFFICE_CLIENT,
                "quarkus.oidc.credentials.secret", "office-client-secret-for-tests",
                "clearway.secret-key", "session-key-for-tests-only-0123456789");
    }
}

package city.clearway.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Tokens as the city's Keycloak issues them, signed with the key of the test OIDC provider
 * ({@code quarkus-test-oidc-server}): the roles under {@code realm_access.roles}, the district and lot as claims.
 */
public final class OidcTokens {

    /** The issuer the test provider announces in its discovery document. */
    public static final String ISSUER = "https://server.example.com";
    /** The service's client, {@code quarkus.oidc.client-id} of the OIDC test profile. */
    public static final String OFFICE_CLIENT = "clearway";

    private OidcTokens() {
    }

    public static String inspector(String username, String district) {
        return token(username, List.of("INSPECTOR"), Map.of("clearway_district", district), Instant.now().plusSeconds(3600));
    }

    public static String clerk(String username, String lot) {
        return token(username, List.of("CLERK"), Map.of("clearway_lot", lot), Instant.now().plusSeconds(3600));
    }

    public static String withRoles(String username, List<String> roles) {
        return token(username, roles, Map.of(), Instant.now().plusSeconds(3600));
    }

    public static String expired(String username, List<String> roles) {
        return token(username, roles, Map.of(), Instant.now().minusSeconds(600));
    }

    /** A token the realm issued for another service: signed and in time, but not meant for Clearway. */
    public static String forAnotherService(String username, List<String> roles) {
        return token(username, roles, Map.of(), Instant.now().plusSeconds(3600), "another-service");
    }

    public static String token(String username, List<String> roles, Map<String, String> claims, Instant expiresAt) {
        return token(username, roles, claims, expiresAt, OFFICE_CLIENT);
    }

    private static String token(String username, List<String> roles, Map<String, String> claims, Instant expiresAt, String audience) {
        JwtClaimsBuilder jwt = Jwt.preferredUserName(username)
                .issuer(ISSUER)
                .audience(audience)
                .subject("subject-of-" + username)
                .issuedAt(expiresAt.minusSeconds(3600))
                .expiresAt(expiresAt)
                .claim("realm_access", Map.of("roles", roles));
        claims.forEach(jwt::claim);
        return jwt.jws().keyId("1").sign("privateKey.jwk");
    }
}

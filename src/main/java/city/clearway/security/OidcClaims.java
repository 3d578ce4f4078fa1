package city.clearway.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A person signed in by the OIDC provider becomes the same {@link Caller} as a built-in account: the roles come from
 * {@code realm_access.roles} of the access token (quarkus.oidc.roles), and here the district and lot from its
 * {@code clearway_district} and {@code clearway_lot} claims become the identity's attributes. Quarkus has verified the
 * access token before this runs, the code flow's too, because the roles are read from it.
 */
@ApplicationScoped
public class OidcClaims implements SecurityIdentityAugmentor {

    static final String DISTRICT_CLAIM = "clearway_district";
    static final String LOT_CLAIM = "clearway_lot";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            return Uni.createFrom().item(identity);
        }
        JsonObject claims = claimsOf(token.getToken());
        QuarkusSecurityIdentity.Builder augmented = QuarkusSecurityIdentity.builder(identity);
        String district = text(claims, DISTRICT_CLAIM);
        if (district != null) {
            augmented.addAttribute(Caller.DISTRICT, district);
        }
        String lot = text(claims, LOT_CLAIM);
        if (lot != null) {
            augmented.addAttribute(Caller.LOT, lot);
        }
        return Uni.createFrom().item(augmented.build());
    }

    /** The claims of a signed JWT; none for a token that is not one (an opaque token names no district or lot). */
    private static JsonObject claimsOf(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return new JsonObject();
        }
        try {
            return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | DecodeException e) {
            return new JsonObject();
        }
    }

    private static String text(JsonObject claims, String name) {
        Object value = claims.getValue(name);
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}

package city.clearway.security;

import city.clearway.common.Sha256;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Civic apps' keys: shown once, stored as a hash, listed without the key, revoked by an administrator alone. */
@QuarkusTest
class ApiKeyTest {

    @Inject
    ApiKeyService keys;

    @Inject
    EntityManager em;

    @Test
    void theKeyIsShownOnceAndOnlyItsHashIsStored() {
        Response made = Api.as(Fixtures.ADMIN).body(Map.of("name", "FixMyStreet Tabriz")).post("/api/v1/api-keys")
                .then().statusCode(201).header("Cache-Control", "no-store").extract().response();
        String id = made.path("id");
        String key = made.path("key");
        assertThat(key).startsWith("cw_").hasSizeGreaterThanOrEqualTo(40);

        String listed = Api.as(Fixtures.ADMIN).get("/api/v1/api-keys").then().statusCode(200)
                .body("id", hasItem(id)).body("find { it.id == '" + id + "' }.name", equalTo("FixMyStreet Tabriz"))
                .body("find { it.id == '" + id + "' }", not(org.hamcrest.Matchers.hasKey("key")))
                .extract().asString();
        assertThat(listed).doesNotContain(key);

        List<?> stored = em.createNativeQuery("select key_hash from api_key where key_hash = :hash")
                .setParameter("hash", Sha256.hex(key)).getResultList();
        assertThat(stored).hasSize(1);
        List<?> plain = em.createNativeQuery("select id from api_key where key_hash = :key").setParameter("key", key).getResultList();
        assertThat(plain).isEmpty();
        assertThat(keys.verify(key)).isPresent();
        assertThat(keys.verify(key + "x")).isEmpty();
    }

    @Test
    void twoKeysAreNeverAlike() {
        String first = Api.as(Fixtures.ADMIN).body(Map.of("name", "one")).post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        String second = Api.as(Fixtures.ADMIN).body(Map.of("name", "one")).post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aRevokedKeyNoLongerWorksAndCannotBeRevokedTwice() {
        Response made = Api.as(Fixtures.ADMIN).body(Map.of("name", "Old app")).post("/api/v1/api-keys").then().statusCode(201).extract().response();
        String id = made.path("id");
        Api.as(Fixtures.ADMIN).post("/api/v1/api-keys/{id}/revoke", id).then().statusCode(200)
                .body("revokedAt", notNullValue()).body("revokedBy", equalTo(Fixtures.ADMIN));
        assertThat(keys.verify(made.path("key"))).isEmpty();
        Api.as(Fixtures.ADMIN).post("/api/v1/api-keys/{id}/revoke", id).then().statusCode(409)
                .body("type", equalTo("urn:clearway:problem:illegal-transition"));
        Api.as(Fixtures.ADMIN).post("/api/v1/api-keys/{id}/revoke", "00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void onlyAnAdministratorManagesKeys() {
        String district = Fixtures.district();
        String supervisor = Fixtures.supervisor();
        String inspector = Fixtures.inspector(district);
        Api.as(supervisor).body(Map.of("name", "mine")).post("/api/v1/api-keys").then().statusCode(403);
        Api.as(inspector).get("/api/v1/api-keys").then().statusCode(403);
        String id = Api.as(Fixtures.ADMIN).body(Map.of("name", "kept")).post("/api/v1/api-keys").then().statusCode(201).extract().path("id");
        Api.as(Fixtures.auditor()).post("/api/v1/api-keys/{id}/revoke", id).then().statusCode(403);
        Api.misbehavingAs(Fixtures.ADMIN).body(Map.of("name", "")).post("/api/v1/api-keys").then().statusCode(422)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void makingAndRevokingAreAudited() {
        String id = Api.as(Fixtures.ADMIN).body(Map.of("name", "Audited app")).post("/api/v1/api-keys").then().statusCode(201).extract().path("id");
        Api.as(Fixtures.ADMIN).post("/api/v1/api-keys/{id}/revoke", id).then().statusCode(200);
        List<String> actions = em.createQuery("select e.action from AuditEvent e where e.entityType = 'API_KEY' and e.entityId = :id order by e.id", String.class)
                .setParameter("id", id).getResultList();
        assertThat(actions).containsExactly("API_KEY_CREATED", "API_KEY_REVOKED");
    }
}

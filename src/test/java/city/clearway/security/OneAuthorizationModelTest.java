package city.clearway.security;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.Office;
import city.clearway.support.StandardTariff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may change an impound is decided by the service, so the office forms and the API answer every role alike: a
 * clerk of another lot is told the vehicle does not exist, other roles are refused, and a refused action leaves no
 * trace (no money moved, no hold, no audit event).
 */
@QuarkusTest
class OneAuthorizationModelTest {

    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String otherClerk;
    private String supervisor;
    private String auditor;
    private String impound;

    @BeforeEach
    void aCarInTheLot() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 10);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        otherClerk = Fixtures.clerk(Fixtures.lot(Fixtures.district(), 10));
        supervisor = Fixtures.supervisor();
        auditor = Fixtures.auditor();
        impound = Fixtures.impounded(inspector, district, lot).path("id");
    }

    /**
     * Every actor but the one allowed, with the status each must get, the same on both channels: a role without the
     * permission is refused ({@code 403}); a clerk of another lot, whose role has it, does not see the vehicle
     * ({@code 404}).
     */
    private Map<String, Integer> refusals(String allowed) {
        Map<String, Integer> refusals = new LinkedHashMap<>();
        refusals.put(otherClerk, allowed.equals(clerk) ? 404 : 403);
        for (String actor : List.of(inspector, clerk, supervisor, auditor, Fixtures.ADMIN)) {
            if (!actor.equals(allowed)) {
                refusals.put(actor, 403);
            }
        }
        return refusals;
    }

    @Test
    void onlyASupervisorWaivesWhateverTheChannel() {
        refusals(supervisor).forEach((actor, status) -> {
            assertThat(officeForm(actor, "waivers", Map.of("waiverAmount", "1000000", "waiverReason", "Ambulance driver")).statusCode())
                    .as("office waiver by %s", actor).isEqualTo(status);
            assertThat(api(actor, "waivers", Map.of("amount", 1_000_000, "reason", "Ambulance driver")).statusCode())
                    .as("API waiver by %s", actor).isEqualTo(status);
        });
        assertNothingMoved();

        assertThat(officeForm(supervisor, "waivers", Map.of("waiverAmount", "1000000", "waiverReason", "Ambulance driver")).statusCode())
                .isEqualTo(303);
        assertThat(api(supervisor, "waivers", Map.of("amount", 500_000, "reason", "Second look")).statusCode()).isEqualTo(201);
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().statusCode(200)
                .body("waived", org.hamcrest.Matchers.equalTo(1_500_000));
    }

    @Test
    void onlyASupervisorPlacesAndLiftsHoldsWhateverTheChannel() {
        refusals(supervisor).forEach((actor, status) -> {
            assertThat(officeForm(actor, "holds", Map.of("authority", "POLICE", "holdReason", "Stolen")).statusCode())
                    .as("office hold by %s", actor).isEqualTo(status);
            assertThat(api(actor, "holds", Map.of("authority", "POLICE", "reason", "Stolen")).statusCode())
                    .as("API hold by %s", actor).isEqualTo(status);
        });
        assertThat(Api.as(supervisor).get("/api/v1/impounds/{id}", impound).<List<?>>path("holds")).isEmpty();

        String hold = Api.as(supervisor).body(Map.of("authority", "JUDICIAL", "reason", "Court order 14"))
                .post("/api/v1/impounds/{id}/holds", impound).then().statusCode(201).extract().path("id");
        refusals(supervisor).forEach((actor, status) -> {
            assertThat(officeForm(actor, "holds/" + hold + "/lift", Map.of("liftReason", "Order withdrawn")).statusCode())
                    .as("office lift by %s", actor).isEqualTo(status);
            assertThat(api(actor, "holds/" + hold + "/lift", Map.of("reason", "Order withdrawn")).statusCode())
                    .as("API lift by %s", actor).isEqualTo(status);
        });
        assertThat(Api.as(supervisor).get("/api/v1/impounds/{id}", impound).<Boolean>path("holds[0].active")).isTrue();
        assertThat(officeForm(supervisor, "holds/" + hold + "/lift", Map.of("liftReason", "Order withdrawn")).statusCode()).isEqualTo(303);
        assertThat(Api.as(supervisor).get("/api/v1/impounds/{id}", impound).<Boolean>path("holds[0].active")).isFalse();
    }

    @Test
    void onlyASupervisorOverridesOtherDebtsWhateverTheChannel() {
        refusals(supervisor).forEach((actor, status) -> {
            assertThat(officeForm(actor, "debt-override", Map.of("overrideReason", "Paid by instalments")).statusCode())
                    .as("office override by %s", actor).isEqualTo(status);
            assertThat(api(actor, "debt-override", Map.of("reason", "Paid by instalments")).statusCode())
                    .as("API override by %s", actor).isEqualTo(status);
        });
        assertNothingMoved();

        assertThat(officeForm(supervisor, "debt-override", Map.of("overrideReason", "Paid by instalments")).statusCode()).isEqualTo(303);
        assertThat(api(supervisor, "debt-override", Map.of("reason", "Second override")).statusCode()).isEqualTo(201);
        String violation = Api.as(clerk).get("/api/v1/impounds/{id}", impound).path("violationId");
        List<String> actions = Api.as(auditor).get("/api/v1/violations/{id}/history", violation).path("events.action");
        assertThat(actions).containsExactly("VIOLATION_REGISTERED", "VEHICLE_IMPOUNDED", "DEBT_OVERRIDE_RECORDED", "DEBT_OVERRIDE_RECORDED");
    }

    @Test
    void onlyTheClerkOfTheLotTakesPaymentsAndReleasesWhateverTheChannel() {
        refusals(clerk).forEach((actor, status) -> {
            assertThat(officeForm(actor, "payments", Map.of("amount", "1000", "method", "CASH", "token", UUID.randomUUID().toString()))
                    .statusCode()).as("office payment by %s", actor).isEqualTo(status);
            assertThat(api(actor, "payments", Map.of("amount", 1000, "method", "CASH")).statusCode())
                    .as("API payment by %s", actor).isEqualTo(status);
        });
        assertNothingMoved();

        assertThat(api(clerk, "payments", Map.of("amount", StandardTariff.CAR_ON_SIDEWALK_AT_INTAKE, "method", "CARD")).statusCode())
                .isEqualTo(201);
        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).header("ETag");
        String version = etag.replace("\"", "");
        Map<String, String> owner = Map.of("releasedToName", "Reza Ahmadi", "releasedToNationalId", NationalIds.next(),
                "ownershipDocument", "Vehicle card 9921");
        refusals(clerk).forEach((actor, status) -> {
            Map<String, String> form = new LinkedHashMap<>(owner);
            form.put("version", version);
            assertThat(officeForm(actor, "release", form).statusCode()).as("office release by %s", actor).isEqualTo(status);
            assertThat(Api.misbehavingAs(actor).header("If-Match", etag).body(owner).post("/api/v1/impounds/{id}/release", impound)
                    .statusCode()).as("API release by %s", actor).isEqualTo(status);
        });
        assertThat(Api.as(clerk).get("/api/v1/impounds/{id}", impound).<String>path("status")).isEqualTo("IN_LOT");

        Map<String, String> form = new LinkedHashMap<>(owner);
        form.put("version", version);
        Response released = officeForm(clerk, "release", form);
        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(released.header("Location")).endsWith("/office/impounds/" + impound + "/release-slip");
        assertThat(Api.as(clerk).get("/api/v1/impounds/{id}", impound).<String>path("status")).isEqualTo("RELEASED");
    }

    @Test
    void onlyTheClerkOfTheLotRecordsTheIntakeInventoryWhateverTheChannel() {
        Map<String, String> form = Map.of("damagePart1", "Hood", "damageDescription1", "Dent", "itemDescription1", "Umbrella",
                "itemQuantity1", "1", "keysReceived", "on");
        Map<String, Object> body = Map.of("condition", Map.of("damage", List.of(Map.of("part", "Hood", "description", "Dent"))),
                "items", List.of(Map.of("description", "Umbrella", "quantity", 1)), "keysReceived", true);
        refusals(clerk).forEach((actor, status) -> {
            assertThat(officeForm(actor, "inventory", form).statusCode()).as("office inventory by %s", actor).isEqualTo(status);
            assertThat(api(actor, "inventory", body).statusCode()).as("API inventory by %s", actor).isEqualTo(status);
        });
        assertNothingMoved();

        assertThat(officeForm(clerk, "inventory", form).statusCode()).isEqualTo(303);
        assertThat(api(clerk, "inventory", body).statusCode()).isEqualTo(201);
        Api.as(auditor).get("/api/v1/impounds/{id}/inventory", impound).then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(2));
    }

    /** An auditor reads everything and changes nothing: every write of the API refuses them. */
    @Test
    void anAuditorChangesNothing() {
        String violation = Fixtures.register(inspector, district).path("id");
        List<Response> attempts = List.of(
                Api.misbehavingAs(auditor).body(Fixtures.violationBody("TZZ99", Fixtures.plate().spelled())).post("/api/v1/violations"),
                Api.misbehavingAs(auditor).header("If-Match", "\"0\"").body(Map.of("reason", "x")).post("/api/v1/violations/{id}/cancel", violation),
                Api.misbehavingAs(auditor).body(Map.of("amount", 1, "method", "CASH")).post("/api/v1/violations/{id}/settle", violation),
                Api.misbehavingAs(auditor).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", violation),
                Api.misbehavingAs(auditor).body(Map.of("code", "TAU01", "name", "x")).post("/api/v1/districts"),
                Api.misbehavingAs(auditor).body(StandardTariff.body(null)).post("/api/v1/tariffs"),
                Api.misbehavingAs(auditor).body(Map.of("username", "made-by-auditor", "password", "long enough and unusual 42",
                        "roles", List.of("ADMIN"))).post("/api/v1/users"));
        for (Response attempt : attempts) {
            assertThat(attempt.statusCode()).isEqualTo(403);
            assertThat(attempt.<String>path("type")).isEqualTo("urn:clearway:problem:forbidden");
        }
        for (Permission permission : Permission.values()) {
            if (permission.holders().contains(Role.AUDITOR)) {
                assertThat(permission.name()).as("an auditor's permissions only read").matches("(SEARCH|READ|VERIFY|LIST)_.*");
            }
        }
    }

    private Response officeForm(String actor, String action, Map<String, String> fields) {
        return Office.signIn(actor).submit("/office/impounds/" + impound + "/" + action, fields);
    }

    private Response api(String actor, String action, Map<String, ?> body) {
        return Api.misbehavingAs(actor).body(body).post("/api/v1/impounds/" + impound + "/" + action);
    }

    private void assertNothingMoved() {
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().statusCode(200)
                .body("paid", org.hamcrest.Matchers.equalTo(0))
                .body("waived", org.hamcrest.Matchers.equalTo(0));
        String violation = Api.as(clerk).get("/api/v1/impounds/{id}", impound).path("violationId");
        List<String> actions = Api.as(auditor).get("/api/v1/violations/{id}/history", violation).path("events.action");
        assertThat(actions).containsExactly("VIOLATION_REGISTERED", "VEHICLE_IMPOUNDED");
    }
}

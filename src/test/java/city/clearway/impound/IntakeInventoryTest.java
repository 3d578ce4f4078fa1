package city.clearway.impound;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The intake inventory: recorded by the lot's clerk, every correction a new version, the earlier ones kept as they were. */
@QuarkusTest
class IntakeInventoryTest {

    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String impound;

    @BeforeEach
    void carInTheLot() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 10);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        impound = Fixtures.impounded(inspector, district, lot).path("id");
    }

    @Test
    void aCorrectionIsANewVersionAndTheFirstStaysAsItWas() {
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory", impound).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:clearway:problem:not-found"));
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().statusCode(200).body("$", hasSize(0));

        Api.as(clerk).body(inventory("Front bumper", "HALF", 2)).post("/api/v1/impounds/{id}/inventory", impound)
                .then().statusCode(201).body("version", equalTo(1)).body("recordedBy", equalTo(clerk))
                .body("recordedAt", notNullValue()).body("condition.damage[0].part", equalTo("Front bumper"));
        Api.as(clerk).body(inventory("Rear door", "QUARTER", 3)).post("/api/v1/impounds/{id}/inventory", impound)
                .then().statusCode(201).body("version", equalTo(2));

        Api.as(clerk).get("/api/v1/impounds/{id}/inventory", impound).then().statusCode(200)
                .body("version", equalTo(2)).body("condition.damage[0].part", equalTo("Rear door"))
                .body("condition.fuel", equalTo("QUARTER")).body("items[0].quantity", equalTo(3))
                .body("condition.odometer", equalTo(120000)).body("keysReceived", equalTo(true));
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].version", equalTo(1)).body("[0].condition.damage[0].part", equalTo("Front bumper"))
                .body("[0].condition.fuel", equalTo("HALF")).body("[0].items[0].quantity", equalTo(2))
                .body("[0].recordedBy", equalTo(clerk))
                .body("[1].version", equalTo(2)).body("[1].condition.damage[0].part", equalTo("Rear door"));
    }

    @Test
    void clerksRecordingAtOnceEachGetTheirOwnVersion() throws Exception {
        List<Integer> versions = Parallel.run(8, i -> Api.as(clerk).body(inventory("Door " + i, "HALF", 1))
                .post("/api/v1/impounds/{id}/inventory", impound).then().statusCode(201).extract().<Integer>path("version"));
        assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory", impound).then().body("version", equalTo(8));
    }

    @Test
    void aRetryWithTheSameKeyIsRecordedOnce() {
        Map<String, Object> body = inventory("Hood", "FULL", 1);
        for (int i = 0; i < 2; i++) {
            Api.as(clerk).header("Idempotency-Key", "inventory-" + impound).body(body).post("/api/v1/impounds/{id}/inventory", impound)
                    .then().statusCode(201).body("version", equalTo(1));
        }
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().body("$", hasSize(1));
    }

    @Test
    void emptyListsAndNoOptionalFieldsAreAnInventoryToo() {
        Map<String, Object> body = Map.of("condition", Map.of("damage", List.of()), "items", List.of(), "keysReceived", false);
        Api.as(clerk).body(body).post("/api/v1/impounds/{id}/inventory", impound).then().statusCode(201)
                .body("condition.damage", hasSize(0)).body("keysReceived", equalTo(false));
    }

    @Test
    void invalidInventoriesAre422AndNothingIsStored() {
        List<Map<String, Object>> invalid = List.of(
                with(inventory("Hood", "HALF", 1), "keysReceived", null),
                with(inventory("Hood", "HALF", 1), "items", Collections.nCopies(101, Map.of("description", "Box", "quantity", 1))),
                with(inventory("Hood", "HALF", 0), "notes", "ok"),
                with(inventory("Hood", "HALF", 1), "notes", "x".repeat(2001)),
                with(inventory("", "HALF", 1), "notes", "blank part"),
                with(inventory("p".repeat(101), "HALF", 1), "notes", "long part"),
                with(inventory("Hood", "HALF", 1), "condition", Map.of("damage", List.of(), "odometer", -1)),
                with(inventory("Hood", "HALF", 1), "condition", Map.of("damage", List.of(), "odometer", 10_000_000)),
                with(inventory("Hood", "HALF", 1), "condition", Map.of("damage", List.of(), "fuel", "A_LITTLE")),
                with(inventory("Hood", "HALF", 1), "condition", Map.of("damage", Collections.nCopies(51,
                        Map.of("part", "Door", "description", "Dent")))));
        for (Map<String, Object> body : invalid) {
            Api.misbehavingAs(clerk).body(body).post("/api/v1/impounds/{id}/inventory", impound)
                    .then().statusCode(422).contentType("application/problem+json");
        }
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().body("$", hasSize(0));
    }

    @Test
    void onlyAClerkOfTheLotRecordsItAndOnlyTheImpoundsReadersSeeIt() {
        Api.as(clerk).body(inventory("Hood", "HALF", 1)).post("/api/v1/impounds/{id}/inventory", impound).then().statusCode(201);
        String otherClerk = Fixtures.clerk(Fixtures.lot(district, 5));
        Api.as(otherClerk).body(inventory("Hood", "EMPTY", 1)).post("/api/v1/impounds/{id}/inventory", impound).then().statusCode(404);
        Api.as(otherClerk).get("/api/v1/impounds/{id}/inventory", impound).then().statusCode(404);
        Api.as(otherClerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().statusCode(404);
        for (String notAClerk : List.of(Fixtures.supervisor(), Fixtures.auditor(), inspector)) {
            Api.as(notAClerk).body(inventory("Hood", "EMPTY", 1)).post("/api/v1/impounds/{id}/inventory", impound).then().statusCode(403);
            Api.as(notAClerk).get("/api/v1/impounds/{id}/inventory", impound).then().statusCode(200).body("version", equalTo(1));
        }
        Api.as(Fixtures.inspector(Fixtures.district())).get("/api/v1/impounds/{id}/inventory", impound).then().statusCode(404);
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().body("$", hasSize(1));
    }

    @Test
    void recordingIsAuditedAndMovesTheImpoundsVersion() {
        String before = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.as(clerk).body(inventory("Hood", "HALF", 1)).post("/api/v1/impounds/{id}/inventory", impound).then().statusCode(201);
        String after = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        assertThat(after).isNotEqualTo(before);
        String violation = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().path("violationId");
        Api.as(Fixtures.auditor()).get("/api/v1/violations/{id}/history", violation).then().statusCode(200)
                .body("events.action", hasItem("INVENTORY_RECORDED"));
    }

    static Map<String, Object> inventory(String part, String fuel, int quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("condition", Map.of("damage", List.of(Map.of("part", part, "description", "Scratched")), "odometer", 120_000,
                "fuel", fuel));
        body.put("items", List.of(Map.of("description", "Child seat", "quantity", quantity)));
        body.put("keysReceived", true);
        body.put("notes", "Towed from Imam street");
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}

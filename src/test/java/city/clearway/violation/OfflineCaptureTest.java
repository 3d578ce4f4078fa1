package city.clearway.violation;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A handheld on a flaky network captures offline, sends twice, and comes back online with a backlog. */
@QuarkusTest
class OfflineCaptureTest {

    private String district;
    private String inspector;

    @BeforeEach
    void city() {
        district = Fixtures.district();
        inspector = Fixtures.inspector(district);
        Fixtures.tariffInForce();
    }

    @Test
    void sameIdSameContentReturnsTheStoredViolationWhicheverPlateSpellingWasUsed() {
        Fixtures.PlateText plate = Fixtures.plate();
        Map<String, Object> body = Fixtures.violationBody(district, plate.spelled());
        String id = UUID.randomUUID().toString();
        body.put("id", id);
        Response first = Api.as(inspector).body(body).post("/api/v1/violations").then().statusCode(201).extract().response();

        body.put("plate", plate.canonical());
        Response again = Api.as(inspector).body(body).post("/api/v1/violations").then().statusCode(200).extract().response();
        assertThat(again.<String>path("id")).isEqualTo(id);
        assertThat(again.<String>path("ticketNumber")).isEqualTo(first.path("ticketNumber"));
        assertThat(again.<String>path("registeredAt")).isEqualTo(first.path("registeredAt"));

        Api.as(inspector).queryParam("plate", plate.canonical()).get("/api/v1/violations").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void sameIdWithOtherContentIsAConflictAndChangesNothing() {
        Map<String, Object> body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        String id = UUID.randomUUID().toString();
        body.put("id", id);
        Api.as(inspector).body(body).post("/api/v1/violations").then().statusCode(201);

        Map<String, Object> other = new HashMap<>(body);
        other.put("violationType", "DOUBLE_PARKING");
        Api.misbehavingAs(inspector).body(other).post("/api/v1/violations")
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:id-reused"));
        Api.as(inspector).get("/api/v1/violations/{id}", id).then().body("violationType", equalTo("SIDEWALK_PARKING"));
    }

    @Test
    void backlogIsRegisteredItemByItemAndOneBadItemCostsNothingElse() {
        Map<String, Object> alreadySent = withId(Fixtures.violationBody(district, Fixtures.plate().spelled()));
        Api.as(inspector).body(alreadySent).post("/api/v1/violations").then().statusCode(201);

        Map<String, Object> fresh = withId(Fixtures.violationBody(district, Fixtures.plate().spelled()));
        Map<String, Object> badPlate = withId(Fixtures.violationBody(district, "not-a-plate!"));
        Map<String, Object> settableField = withId(Fixtures.violationBody(district, Fixtures.plate().spelled()));
        settableField.put("status", "RELEASED");
        Map<String, Object> noId = Fixtures.violationBody(district, Fixtures.plate().spelled());
        Map<String, Object> otherDistrict = withId(Fixtures.violationBody(Fixtures.district(), Fixtures.plate().spelled()));
        Map<String, Object> lastGood = withId(Fixtures.violationBody(district, Fixtures.plate().spelled()));

        Response response = Api.misbehavingAs(inspector)
                .body(Map.of("items", List.of(fresh, alreadySent, badPlate, settableField, noId, otherDistrict, lastGood)))
                .post("/api/v1/violations/batch")
                .then().statusCode(200).extract().response();

        assertThat(response.<List<String>>path("results.outcome"))
                .containsExactly("CREATED", "REPLAYED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "CREATED");
        assertThat(response.<List<Integer>>path("results.index")).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(response.<String>path("results[2].problem.errors[0].field")).isEqualTo("plate");
        assertThat(response.<String>path("results[3].problem.errors[0].field")).isEqualTo("status");
        assertThat(response.<String>path("results[4].problem.errors[0].field")).isEqualTo("id");
        assertThat(response.<Integer>path("results[5].problem.status")).isEqualTo(403);

        for (Map<String, Object> stored : List.of(fresh, alreadySent, lastGood)) {
            Api.as(inspector).get("/api/v1/violations/{id}", stored.get("id")).then().statusCode(200);
        }
        for (Map<String, Object> refused : List.of(badPlate, settableField, otherDistrict)) {
            Api.misbehavingAs(inspector).get("/api/v1/violations/{id}", refused.get("id")).then().statusCode(404);
        }

        Response resent = Api.misbehavingAs(inspector).body(Map.of("items", List.of(fresh, lastGood))).post("/api/v1/violations/batch")
                .then().statusCode(200).extract().response();
        assertThat(resent.<List<String>>path("results.outcome")).containsExactly("REPLAYED", "REPLAYED");
    }

    @Test
    void aBatchHoldsAtMostOneHundredItems() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(withId(Fixtures.violationBody(district, Fixtures.plate().spelled())));
        }
        Api.misbehavingAs(inspector).body(Map.of("items", items)).post("/api/v1/violations/batch")
                .then().statusCode(422).body("errors[0].field", equalTo("items"));
        Api.misbehavingAs(inspector).get("/api/v1/violations/{id}", items.get(0).get("id")).then().statusCode(404);
    }

    private static Map<String, Object> withId(Map<String, Object> body) {
        body.put("id", UUID.randomUUID().toString());
        return body;
    }
}

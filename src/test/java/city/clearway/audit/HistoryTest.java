package city.clearway.audit;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor reads a car's whole case, who did what and when, oldest first. */
@QuarkusTest
class HistoryTest {

    @Test
    void theTimelineHasEveryStepOfTheViolationAndItsImpoundWithItsActor() {
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 5);
        String inspector = Fixtures.inspector(district);
        String clerk = Fixtures.clerk(lot);
        String supervisor = Fixtures.supervisor();
        String auditor = Fixtures.auditor();
        String violation = Fixtures.register(inspector, district).path("id");
        Fixtures.register(inspector, district);
        Api.as(inspector).contentType("image/jpeg").body(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, (byte) 0xFF, (byte) 0xD9})
                .post("/api/v1/violations/{id}/photos", violation).then().statusCode(201);
        String impound = Api.as(inspector).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", violation)
                .then().statusCode(201).extract().path("id");
        String hold = Api.as(supervisor).body(Map.of("authority", "POLICE", "reason", "Stolen car report"))
                .post("/api/v1/impounds/{id}/holds", impound).then().statusCode(201).extract().path("id");
        Api.as(supervisor).body(Map.of("reason", "Owner identified")).post("/api/v1/impounds/{id}/holds/{hold}/lift", impound, hold)
                .then().statusCode(200);
        Api.as(supervisor).body(Map.of("amount", 100_000, "reason", "Late tow")).post("/api/v1/impounds/{id}/waivers", impound)
                .then().statusCode(201);
        int balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().path("balance");
        Api.as(clerk).body(Map.of("amount", balance, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);
        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.as(clerk).header("If-Match", etag)
                .body(Map.of("releasedToName", "Sara Karimi", "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Card 1"))
                .post("/api/v1/impounds/{id}/release", impound).then().statusCode(200);

        Api.as(auditor).get("/api/v1/audit/verify").then().statusCode(200);  // seals what just happened
        Response history = Api.as(auditor).get("/api/v1/violations/{id}/history", violation).then().statusCode(200).extract().response();

        assertThat(history.<String>path("impoundId")).isEqualTo(impound);
        assertThat(history.<List<String>>path("events.action")).containsExactly("VIOLATION_REGISTERED", "PHOTO_ADDED",
                "VEHICLE_IMPOUNDED", "HOLD_PLACED", "HOLD_LIFTED", "WAIVER_GRANTED", "PAYMENT_TAKEN", "VEHICLE_RELEASED");
        assertThat(history.<List<String>>path("events.actor")).containsExactly(inspector, inspector, inspector, supervisor, supervisor,
                supervisor, clerk, clerk);
        List<Long> sequences = history.<List<Number>>path("events.sequence").stream().map(Number::longValue).toList();
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        assertThat(history.<Integer>path("events[6].data.amount")).isEqualTo(balance);
        assertThat(history.<String>path("events[0].data.plate")).isNotBlank();

        Api.misbehavingAs(inspector).get("/api/v1/violations/{id}/history", violation).then().statusCode(403);
    }
}

package city.clearway.impound;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Debts (PRODUCT §9): a car does not leave while another impound of its plate still owes, in whichever lot, unless a
 * supervisor first records an override. The refusal names the impounds that owe and what they owe, nothing personal.
 */
@QuarkusTest
class OtherDebtsTest {

    private String district;
    private String lot;
    private String otherLot;
    private String inspector;
    private String clerk;
    private String otherClerk;
    private String supervisor;
    private String auditor;

    @BeforeEach
    void twoLots() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 20);
        otherLot = Fixtures.lot(district, 20);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        otherClerk = Fixtures.clerk(otherLot);
        supervisor = Fixtures.supervisor();
        auditor = Fixtures.auditor();
        Fixtures.tariffInForce();
    }

    @Test
    void anUnpaidImpoundOfThePlateElsewhereBlocksTheReleaseUntilASupervisorOverridesIt() {
        Fixtures.PlateText plate = Fixtures.plate();
        String owing = impound(plate, otherLot);
        String owingTicket = Api.as(otherClerk).get("/api/v1/impounds/{id}", owing).then().extract().path("ticketNumber");
        long owed = balance(otherClerk, owing);
        String leaving = impound(plate, lot);
        payInFull(clerk, leaving);
        long auditBefore = auditLength();

        Response refused = Api.misbehavingAs(clerk).header("If-Match", etag(leaving)).body(ownerRelease())
                .post("/api/v1/impounds/{id}/release", leaving)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:clearway:problem:other-debts"))
                .body("detail", containsString(owingTicket))
                .extract().response();
        assertThat(refused.<List<Map<String, Object>>>path("otherDebts")).hasSize(1);
        assertThat(refused.<String>path("otherDebts[0].impoundId")).isEqualTo(owing);
        assertThat(refused.<String>path("otherDebts[0].ticketNumber")).isEqualTo(owingTicket);
        assertThat(refused.<String>path("otherDebts[0].lotCode")).isEqualTo(otherLot);
        assertThat(refused.<Number>path("otherDebts[0].balance").longValue()).isEqualTo(owed);
        assertThat(refused.asString()).doesNotContain("releasedToName").doesNotContain(inspector);
        Api.as(clerk).get("/api/v1/impounds/{id}", leaving).then().body("status", equalTo("IN_LOT"));
        assertThat(auditLength()).isEqualTo(auditBefore);

        Api.misbehavingAs(clerk).header("Accept-Language", "fa").header("If-Match", etag(leaving)).body(ownerRelease())
                .post("/api/v1/impounds/{id}/release", leaving)
                .then().statusCode(409).body("title", equalTo("بدهی توقیف‌های دیگر این پلاک"));

        // The clerk may not override; neither may the auditor. The supervisor may, with a reason.
        Map<String, String> reason = Map.of("reason", "The owner pays the other impound in instalments");
        Api.misbehavingAs(clerk).body(reason).post("/api/v1/impounds/{id}/debt-override", leaving)
                .then().statusCode(403).body("type", equalTo("urn:clearway:problem:forbidden"));
        Api.misbehavingAs(auditor).body(reason).post("/api/v1/impounds/{id}/debt-override", leaving).then().statusCode(403);
        Api.misbehavingAs(supervisor).body(Map.of("reason", " ")).post("/api/v1/impounds/{id}/debt-override", leaving)
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        Api.misbehavingAs(supervisor).body(reason).post("/api/v1/impounds/{id}/debt-override", UUID.randomUUID()).then().statusCode(404);
        assertThat(auditLength()).isEqualTo(auditBefore);

        Api.as(supervisor).body(reason).post("/api/v1/impounds/{id}/debt-override", leaving)
                .then().statusCode(201)
                .body("impoundId", equalTo(leaving)).body("recordedBy", equalTo(supervisor)).body("reason", equalTo(reason.get("reason")));
        Api.as(clerk).header("If-Match", etag(leaving)).body(ownerRelease()).post("/api/v1/impounds/{id}/release", leaving)
                .then().statusCode(200).body("releaseNumber", org.hamcrest.Matchers.matchesPattern("REL-\\d{8}"));

        // Recorded in the chain with the debt it covered; the other impound still owes.
        String violation = Api.as(clerk).get("/api/v1/impounds/{id}", leaving).then().extract().path("violationId");
        Response history = Api.as(auditor).get("/api/v1/violations/{id}/history", violation).then().statusCode(200).extract().response();
        assertThat(history.<List<String>>path("events.action")).contains("DEBT_OVERRIDE_RECORDED", "VEHICLE_RELEASED");
        assertThat(history.asString()).contains(owingTicket);
        assertThat(balance(otherClerk, owing)).isEqualTo(owed);

        // Once released, there is nothing left to override.
        Api.misbehavingAs(supervisor).body(reason).post("/api/v1/impounds/{id}/debt-override", leaving)
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:illegal-transition"));
    }

    @Test
    void onceTheOtherImpoundIsPaidTheCarLeavesWithoutAnOverride() {
        Fixtures.PlateText plate = Fixtures.plate();
        String first = impound(plate, lot);
        String second = impound(plate, lot);
        payInFull(clerk, second);
        Api.misbehavingAs(clerk).header("If-Match", etag(second)).body(ownerRelease()).post("/api/v1/impounds/{id}/release", second)
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:other-debts")).body("otherDebts[0].impoundId", equalTo(first));

        payInFull(clerk, first);
        Api.as(clerk).header("If-Match", etag(second)).body(ownerRelease()).post("/api/v1/impounds/{id}/release", second).then().statusCode(200);
        // The first one's own debt was paid and the other is released with nothing owed: it leaves too.
        Api.as(clerk).header("If-Match", etag(first)).body(ownerRelease()).post("/api/v1/impounds/{id}/release", first).then().statusCode(200);
    }

    @Test
    void anotherPlatesDebtsDoNotCount() {
        String owing = impound(Fixtures.plate(), lot);
        String leaving = impound(Fixtures.plate(), lot);
        payInFull(clerk, leaving);
        Api.as(clerk).header("If-Match", etag(leaving)).body(ownerRelease()).post("/api/v1/impounds/{id}/release", leaving).then().statusCode(200);
        assertThat(balance(clerk, owing)).isPositive();
    }

    private String impound(Fixtures.PlateText plate, String lotCode) {
        String violation = Api.as(inspector).body(Fixtures.violationBody(district, plate.spelled())).post("/api/v1/violations")
                .then().statusCode(201).extract().path("id");
        return Api.as(inspector).body(Map.of("lotCode", lotCode)).post("/api/v1/violations/{id}/impound", violation)
                .then().statusCode(201).extract().path("id");
    }

    private void payInFull(String payingClerk, String impound) {
        Api.as(payingClerk).body(Map.of("amount", balance(payingClerk, impound), "method", "CASH"))
                .post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);
    }

    private long balance(String reader, String impound) {
        return Api.as(reader).get("/api/v1/impounds/{id}/fees", impound).then().statusCode(200).extract().<Number>path("balance").longValue();
    }

    private String etag(String impound) {
        return Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().statusCode(200).extract().header("ETag");
    }

    private long auditLength() {
        return Api.as(auditor).get("/api/v1/audit/verify").then().statusCode(200).extract().<Number>path("length").longValue();
    }

    private static Map<String, String> ownerRelease() {
        return Map.of("releasedToName", "Reza Ahmadi", "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Vehicle card 9921");
    }
}

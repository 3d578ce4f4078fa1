package city.clearway.appeal;

import city.clearway.common.TimeSource;
import city.clearway.report.ReportDayClosing;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Parallel;
import city.clearway.support.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static city.clearway.support.StandardTariff.FINE_SIDEWALK;
import static city.clearway.support.StandardTariff.STORAGE_CAR;
import static city.clearway.support.StandardTariff.TOW_CAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** An owner's appeal walked end to end: filed, decided once, the money cancelled and handed back, counted and audited. */
@QuarkusTest
class AppealTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Inject
    ReportDayClosing closing;

    private final TestClock clock = new TestClock();
    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String otherClerk;
    private String supervisor;
    private String auditor;
    private LocalDate firstDay;

    @BeforeEach
    void cityWithALot() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        firstDay = clock.now().atZone(TEHRAN).toLocalDate();
        district = Fixtures.district();
        lot = Fixtures.lot(district, 10);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        otherClerk = Fixtures.clerk(Fixtures.lot(district, 10));
        supervisor = Fixtures.supervisor();
        auditor = Fixtures.auditor();
        Fixtures.tariffInForce();
    }

    @Test
    void upheldAppealChangesNothingAndIsDecidedOnce() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        String violation = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().path("violationId");
        pay(impound, 1_000_000);
        long balance = quote(impound).getLong("balance");

        Response filed = Api.as(clerk).body(Map.of("grounds", "The ramp sign was covered", "evidence", "Two photos of the sign"))
                .post("/api/v1/violations/{id}/appeals", violation).then().statusCode(201).extract().response();
        String appeal = filed.path("id");
        assertThat(filed.header("Location")).endsWith("/api/v1/appeals/" + appeal);
        assertThat(filed.<String>path("status")).isEqualTo("OPEN");
        Api.misbehavingAs(supervisor).body(Map.of("grounds", "Again"))
                .post("/api/v1/violations/{id}/appeals", violation).then().statusCode(409)
                .body("type", equalTo("urn:clearway:problem:already-exists"));
        Api.as(supervisor).queryParam("status", "OPEN").get("/api/v1/appeals").then().statusCode(200).body("id", hasItem(appeal));

        Api.as(supervisor).body(Map.of("outcome", "UPHELD", "reason", "The sign was visible"))
                .post("/api/v1/appeals/{id}/decision", appeal).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("outcome", equalTo("UPHELD")).body("decidedBy", equalTo(supervisor));
        Api.misbehavingAs(supervisor).body(Map.of("outcome", "OVERTURNED", "reason", "Changed my mind"))
                .post("/api/v1/appeals/{id}/decision", appeal).then().statusCode(409)
                .body("type", equalTo("urn:clearway:problem:illegal-transition"));

        JsonPath fees = quote(impound);
        assertThat(fees.getLong("balance")).isEqualTo(balance);
        assertThat(fees.getBoolean("cancelledOnAppeal")).isFalse();
        assertThat(fees.getLong("refundDue")).isZero();
        Api.misbehavingAs(clerk).body(refund(1000)).post("/api/v1/impounds/{id}/refunds", impound).then().statusCode(409)
                .body("type", equalTo("urn:clearway:problem:no-refund-due"));
        Api.as(inspector).get("/api/v1/violations/{id}", violation).then().body("status", equalTo("IMPOUNDED"))
                .body("overturnedAt", equalTo(null));
        Api.as(supervisor).queryParam("status", "OPEN").get("/api/v1/appeals").then().body("id", everyItem(org.hamcrest.Matchers.not(appeal)));
        Api.as(clerk).body(Map.of("grounds", "New evidence: a witness")).post("/api/v1/violations/{id}/appeals", violation)
                .then().statusCode(201);
        assertThat(figures().getLong("appeals.upheld")).isEqualTo(1);
    }

    @Test
    void overturnedAppealCancelsFineTowAndStorageAndWhatWasPaidIsRefunded() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        String violation = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().path("violationId");
        clock.advance(Duration.ofHours(50));
        long charged = FINE_SIDEWALK + TOW_CAR + 2 * STORAGE_CAR + (TOW_CAR + 2 * STORAGE_CAR) / 10;
        assertThat(quote(impound).getLong("charged")).isEqualTo(charged);
        pay(impound, 1_000_000);

        Api.misbehavingAs(inspector).body(Map.of("grounds", "Not mine")).post("/api/v1/violations/{id}/appeals", violation)
                .then().statusCode(403);
        Api.misbehavingAs(auditor).body(Map.of("grounds", "Not mine")).post("/api/v1/violations/{id}/appeals", violation)
                .then().statusCode(403);
        Api.misbehavingAs(otherClerk).body(Map.of("grounds", "Not mine")).post("/api/v1/violations/{id}/appeals", violation)
                .then().statusCode(404);
        String appeal = Api.as(clerk).body(Map.of("grounds", "The car had broken down; the tow slip shows it"))
                .post("/api/v1/violations/{id}/appeals", violation).then().statusCode(201).extract().path("id");

        for (String notSupervisor : List.of(clerk, auditor, inspector)) {
            Api.misbehavingAs(notSupervisor).body(Map.of("outcome", "OVERTURNED", "reason", "Broken down"))
                    .post("/api/v1/appeals/{id}/decision", appeal).then().statusCode(403);
        }
        Api.as(supervisor).body(Map.of("outcome", "OVERTURNED", "reason", "A broken-down car is not parked"))
                .post("/api/v1/appeals/{id}/decision", appeal).then().statusCode(200)
                .body("outcome", equalTo("OVERTURNED")).body("refundDue", equalTo(1_000_000));

        JsonPath fees = quote(impound);
        assertThat(fees.getBoolean("cancelledOnAppeal")).isTrue();
        assertThat(fees.getList("lines.amount", Integer.class)).containsExactly(0, 0, 0, 0);
        assertThat(fees.getLong("charged")).isZero();
        assertThat(fees.getLong("balance")).isZero();
        assertThat(fees.getLong("refundDue")).isEqualTo(1_000_000);
        clock.advance(Duration.ofDays(3));
        assertThat(quote(impound).getLong("balance")).as("no storage after the decision").isZero();
        Api.as(clerk).get("/api/v1/violations/{id}", violation).then()
                .body("status", equalTo("IMPOUNDED")).body("overturnedAt", notNullValue());

        Api.misbehavingAs(clerk).body(refund(1_000_001)).post("/api/v1/impounds/{id}/refunds", impound).then().statusCode(422)
                .body("type", equalTo("urn:clearway:problem:validation"));
        Api.misbehavingAs(otherClerk).body(refund(1000)).post("/api/v1/impounds/{id}/refunds", impound).then().statusCode(404);
        Api.misbehavingAs(supervisor).body(refund(1000)).post("/api/v1/impounds/{id}/refunds", impound).then().statusCode(403);
        Api.misbehavingAs(clerk).body(refund(1000)).post("/api/v1/violations/{id}/refunds", violation).then().statusCode(409);
        Api.as(clerk).body(refund(400_000)).post("/api/v1/impounds/{id}/refunds", impound).then().statusCode(201)
                .body("refundNumber", org.hamcrest.Matchers.matchesPattern("RFD-\\d{8}")).body("stillDue", equalTo(600_000));
        Api.as(clerk).body(refund(600_000)).post("/api/v1/impounds/{id}/refunds", impound).then().statusCode(201)
                .body("stillDue", equalTo(0));
        Api.misbehavingAs(clerk).body(refund(1)).post("/api/v1/impounds/{id}/refunds", impound).then().statusCode(409);
        assertThat(quote(impound).getLong("refunded")).isEqualTo(1_000_000);
        assertThat(quote(impound).getLong("refundDue")).isZero();

        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.as(clerk).header("If-Match", etag).body(Map.of("releasedToName", "Reza Ahmadi", "releasedToNationalId", "0012345679",
                "ownershipDocument", "Vehicle card 9921")).post("/api/v1/impounds/{id}/release", impound).then().statusCode(200)
                .body("charged", equalTo(0));

        List<String> timeline = Api.as(auditor).get("/api/v1/violations/{id}/history", violation).then().statusCode(200)
                .extract().path("events.action");
        assertThat(timeline).containsSubsequence("APPEAL_FILED", "APPEAL_DECIDED", "REFUND_RECORDED", "REFUND_RECORDED", "VEHICLE_RELEASED");

        JsonPath report = figures();
        assertThat(report.getLong("appeals.overturned")).isEqualTo(1);
        assertThat(report.getLong("appeals.refunds")).isEqualTo(2);
        assertThat(report.getLong("appeals.refunded")).isEqualTo(1_000_000);
        assertThat(report.getLong("revenue.FINE") + report.getLong("revenue.TOW")).isZero();
        assertAuditChainValid();
    }

    @Test
    void aCarReleasedBeforeTheDecisionHasAllItPaidRefundedAndItsRevenueTakenBack() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        String violation = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().path("violationId");
        long charged = quote(impound).getLong("balance");
        pay(impound, charged);
        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.as(clerk).header("If-Match", etag).body(Map.of("releasedToName", "Reza Ahmadi", "releasedToNationalId", "0012345679",
                "ownershipDocument", "Vehicle card 9921")).post("/api/v1/impounds/{id}/release", impound).then().statusCode(200);
        assertThat(figures().getLong("revenue.TOW")).isEqualTo(TOW_CAR);

        String appeal = Api.as(supervisor).body(Map.of("grounds", "Wrong plate read")).post("/api/v1/violations/{id}/appeals", violation)
                .then().statusCode(201).extract().path("id");
        Api.as(supervisor).body(Map.of("outcome", "OVERTURNED", "reason", "The plate was misread"))
                .post("/api/v1/appeals/{id}/decision", appeal).then().statusCode(200).body("refundDue", equalTo((int) charged));
        Api.as(clerk).get("/api/v1/violations/{id}", violation).then().body("status", equalTo("RELEASED"))
                .body("overturnedAt", notNullValue());
        Api.as(clerk).body(refund(charged)).post("/api/v1/impounds/{id}/refunds", impound).then().statusCode(201).body("stillDue", equalTo(0));

        JsonPath report = figures();
        assertThat(report.getLong("revenue.FINE") + report.getLong("revenue.TOW") + report.getLong("revenue.VAT")).isZero();
        assertThat(report.getLong("appeals.refunded")).isEqualTo(charged);
        assertThat(report.getLong("received")).isEqualTo(charged);
    }

    @Test
    void aFinePaidOnTheSpotIsRefundedOnTheViolation() {
        String violation = Fixtures.register(inspector, district).path("id");
        Api.as(inspector).body(Map.of("amount", FINE_SIDEWALK, "method", "CASH")).post("/api/v1/violations/{id}/settle", violation)
                .then().statusCode(200);
        Api.misbehavingAs(clerk).body(Map.of("grounds", "Paid and still wrong")).post("/api/v1/violations/{id}/appeals", violation)
                .then().statusCode(404);
        String appeal = Api.as(supervisor).body(Map.of("grounds", "Paid and still wrong"))
                .post("/api/v1/violations/{id}/appeals", violation).then().statusCode(201).extract().path("id");
        Api.misbehavingAs(clerk).body(refund(1)).post("/api/v1/violations/{id}/refunds", violation)
                .then().statusCode(409);
        Api.as(supervisor).body(Map.of("outcome", "OVERTURNED", "reason", "The street was not signed"))
                .post("/api/v1/appeals/{id}/decision", appeal).then().statusCode(200).body("refundDue", equalTo((int) FINE_SIDEWALK));
        Api.as(supervisor).get("/api/v1/violations/{id}", violation).then().body("status", equalTo("SETTLED"))
                .body("overturnedAt", notNullValue());
        Api.as(supervisor).get("/api/v1/violations/{id}/appeals", violation).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].outcome", equalTo("OVERTURNED"));
        Api.misbehavingAs(supervisor).body(Map.of("grounds", "Once more")).post("/api/v1/violations/{id}/appeals", violation)
                .then().statusCode(409);

        Api.misbehavingAs(clerk).body(refund(FINE_SIDEWALK + 1)).post("/api/v1/violations/{id}/refunds", violation).then().statusCode(422);
        Api.as(clerk).body(refund(FINE_SIDEWALK)).post("/api/v1/violations/{id}/refunds", violation).then().statusCode(201)
                .body("impoundId", equalTo(null)).body("stillDue", equalTo(0));

        for (int closed = 0; closed < 2; closed++) {
            JsonPath report = figures();
            assertThat(report.getLong("settled")).isEqualTo(1);
            assertThat(report.getLong("revenue.FINE")).isZero();
            assertThat(report.getLong("appeals.overturned")).isEqualTo(1);
            assertThat(report.getLong("appeals.refunds")).isEqualTo(1);
            assertThat(report.getLong("appeals.refunded")).isEqualTo(FINE_SIDEWALK);
            // Once the day is over and closed, its summed figures say the same.
            clock.advance(Duration.ofDays(2));
            closing.closeDays();
        }
        assertAuditChainValid();
    }

    @Test
    void aRegisteredViolationOverturnedIsCancelled() {
        String violation = Fixtures.register(inspector, district).path("id");
        String appeal = Api.as(supervisor).body(Map.of("grounds", "Loading permit"))
                .post("/api/v1/violations/{id}/appeals", violation).then().statusCode(201).extract().path("id");
        Api.as(auditor).get("/api/v1/appeals/{id}", appeal).then().statusCode(200).body("violationId", equalTo(violation));
        Api.misbehavingAs(inspector).get("/api/v1/appeals/{id}", appeal).then().statusCode(403);
        Api.as(supervisor).body(Map.of("outcome", "OVERTURNED", "reason", "The permit was valid"))
                .post("/api/v1/appeals/{id}/decision", appeal).then().statusCode(200).body("refundDue", equalTo(0));
        Api.as(supervisor).get("/api/v1/violations/{id}", violation).then().body("status", equalTo("CANCELLED"))
                .body("cancellation.reason", equalTo("The permit was valid"));
        Api.misbehavingAs(inspector).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", violation).then().statusCode(409);
        assertThat(figures().getLong("cancelled")).isEqualTo(1);
    }

    @Test
    void ofManyFilingsAtOnceOneIsOpen() throws Exception {
        String violation = Fixtures.register(inspector, district).path("id");
        List<Integer> statuses = Parallel.run(8, i -> Api.misbehavingAs(supervisor).body(Map.of("grounds", "Filed twice " + i))
                .post("/api/v1/violations/{id}/appeals", violation).then().extract().statusCode());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    }

    private void pay(String impound, long amount) {
        Api.as(clerk).body(Map.of("amount", amount, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(201);
    }

    private JsonPath quote(String impound) {
        return Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> refund(long amount) {
        return Map.of("amount", amount, "method", "CASH", "reference", "SLIP-" + amount);
    }

    /** This test's district in the summary report, over the days the test's clock can reach. */
    private JsonPath figures() {
        Response summary = Api.as(auditor).queryParam("from", firstDay.minusDays(1).toString())
                .queryParam("to", firstDay.plusDays(10).toString())
                .get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        return new JsonPath(summary.asString()).setRootPath("groups.find { it.key == '" + district + "' }");
    }

    private void assertAuditChainValid() {
        Api.as(auditor).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }
}

package city.clearway.impound;

import city.clearway.common.TimeSource;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static city.clearway.support.StandardTariff.FINE_SIDEWALK;
import static city.clearway.support.StandardTariff.STORAGE_CAR;
import static city.clearway.support.StandardTariff.TOW_CAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The spine of Clearway, walked end to end: a car registered, towed, quoted, paid for and released to its owner. */
@QuarkusTest
class LifecycleTest {

    private final TestClock clock = new TestClock();
    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String supervisor;

    @BeforeEach
    void cityWithALot() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        district = Fixtures.district();
        lot = Fixtures.lot(district, 5);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        supervisor = Fixtures.supervisor();
        Fixtures.tariffInForce();
    }

    @Test
    void carIsRegisteredTowedQuotedPaidAndReleased() {
        Fixtures.PlateText plate = Fixtures.plate();
        Response registered = Api.as(inspector).body(Fixtures.violationBody(district, plate.spelled()))
                .post("/api/v1/violations")
                .then().statusCode(201)
                .extract().response();
        String violationId = registered.path("id");
        assertThat(registered.header("Location")).endsWith("/api/v1/violations/" + violationId);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        assertThat(registered.<String>path("status")).isEqualTo("REGISTERED");
        assertThat(registered.<String>path("plate")).isEqualTo(plate.canonical());
        assertThat(registered.<String>path("ticketNumber")).startsWith(district + "-");
        assertThat(registered.<String>path("inspector")).isEqualTo(inspector);
        assertThat(registered.<Integer>path("fine.amount")).isEqualTo((int) FINE_SIDEWALK);

        Response impound = Api.as(inspector).body(Map.of("lotCode", lot, "towOperator", "Tabriz Tow 12"))
                .post("/api/v1/violations/{id}/impound", violationId)
                .then().statusCode(201).extract().response();
        String impoundId = impound.path("id");
        assertThat(impound.header("Location")).endsWith("/api/v1/impounds/" + impoundId);
        assertThat(impound.<String>path("status")).isEqualTo("IN_LOT");
        Api.as(clerk).get("/api/v1/impound-lots/{code}", lot).then().statusCode(200).body("occupied", equalTo(1));
        Api.as(inspector).get("/api/v1/violations/{id}", violationId).then().statusCode(200)
                .body("status", equalTo("IMPOUNDED")).body("impoundId", equalTo(impoundId));

        // Two days and two hours later: 50 h in the lot, 48 h after the grace period, two storage days.
        clock.advance(Duration.ofHours(50));
        long storage = 2 * STORAGE_CAR;
        long vat = (TOW_CAR + storage) / 10;
        long charged = FINE_SIDEWALK + TOW_CAR + storage + vat;
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impoundId).then().statusCode(200)
                .body("lines.kind", org.hamcrest.Matchers.contains("FINE", "TOW", "STORAGE", "VAT"))
                .body("lines[2].amount", equalTo((int) storage))
                .body("lines[3].amount", equalTo((int) vat))
                .body("storageDays", equalTo(2))
                .body("charged", equalTo((int) charged))
                .body("balance", equalTo((int) charged))
                .body("currency", equalTo("IRR"));

        Api.as(clerk).body(Map.of("amount", 1_000_000, "method", "CASH"))
                .post("/api/v1/impounds/{id}/payments", impoundId)
                .then().statusCode(201).body("receiptNumber", matchesPattern("RCP-\\d{8}")).body("amount", equalTo(1_000_000));

        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impoundId).then().statusCode(200).extract().header("ETag");
        Api.misbehavingAs(clerk).header("If-Match", etag).body(releaseBody())
                .post("/api/v1/impounds/{id}/release", impoundId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:clearway:problem:balance-due"));

        Api.as(clerk).body(Map.of("amount", charged - 1_000_000, "method", "CARD", "reference", "POS-7781"))
                .post("/api/v1/impounds/{id}/payments", impoundId).then().statusCode(201);
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impoundId).then().body("balance", equalTo(0)).body("paid", equalTo((int) charged));

        etag = Api.as(clerk).get("/api/v1/impounds/{id}", impoundId).then().extract().header("ETag");
        Response release = Api.as(clerk).header("If-Match", etag).body(releaseBody())
                .post("/api/v1/impounds/{id}/release", impoundId)
                .then().statusCode(200).extract().response();
        assertThat(release.<String>path("releaseNumber")).matches("REL-\\d{8}");
        assertThat(release.<Integer>path("charged")).isEqualTo((int) charged);
        assertThat(release.<Integer>path("paid")).isEqualTo((int) charged);
        assertThat(release.header("ETag")).isNotEqualTo(etag);

        Api.as(clerk).get("/api/v1/impound-lots/{code}", lot).then().body("occupied", equalTo(0));
        Api.as(inspector).get("/api/v1/violations/{id}", violationId).then().body("status", equalTo("RELEASED"));
        Api.as(clerk).get("/api/v1/impounds/{id}", impoundId).then()
                .body("status", equalTo("RELEASED")).body("release.releaseNumber", equalTo(release.path("releaseNumber")));

        // The record no longer changes: a week later the quote is still the one of the release day.
        clock.advance(Duration.ofDays(7));
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impoundId).then().statusCode(200)
                .body("charged", equalTo((int) charged)).body("balance", equalTo(0)).body("storageDays", equalTo(2));

        String releasedEtag = Api.as(clerk).get("/api/v1/impounds/{id}", impoundId).then().extract().header("ETag");
        Api.misbehavingAs(clerk).header("If-Match", releasedEtag).body(releaseBody())
                .post("/api/v1/impounds/{id}/release", impoundId)
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:illegal-transition"));
    }

    @Test
    void ownerCanAskWhatTheyWillOweOnALaterDay() {
        String impoundId = Fixtures.impounded(inspector, district, lot).path("id");
        String threeDaysOn = Fixtures.iso(OffsetDateTime.now(Fixtures.TEHRAN).plusDays(3).plusHours(1).withNano(0));
        long storage = 3 * STORAGE_CAR;
        Api.as(clerk).queryParam("at", threeDaysOn).get("/api/v1/impounds/{id}/fees", impoundId)
                .then().statusCode(200)
                .body("storageDays", equalTo(3))
                .body("charged", equalTo((int) (FINE_SIDEWALK + TOW_CAR + storage + (TOW_CAR + storage) / 10)))
                .body("asOf", startsWith(threeDaysOn.substring(0, 16)));

        String yesterday = Fixtures.iso(OffsetDateTime.now(Fixtures.TEHRAN).minusDays(1).withNano(0));
        Api.misbehavingAs(clerk).queryParam("at", yesterday).get("/api/v1/impounds/{id}/fees", impoundId)
                .then().statusCode(422).body("errors[0].field", equalTo("at"));
    }

    @Test
    void ownerPresentPaysTheFineOnTheSpotAndNoTowFollows() {
        String violationId = Fixtures.register(inspector, district).path("id");

        Api.misbehavingAs(inspector).body(Map.of("amount", FINE_SIDEWALK - 1, "method", "CASH"))
                .post("/api/v1/violations/{id}/settle", violationId)
                .then().statusCode(422).body("errors[0].field", equalTo("amount"));

        Api.as(inspector).body(Map.of("amount", FINE_SIDEWALK, "method", "CARD", "reference", "POS-1"))
                .post("/api/v1/violations/{id}/settle", violationId)
                .then().statusCode(200)
                .body("violation.status", equalTo("SETTLED"))
                .body("receipt.receiptNumber", matchesPattern("RCP-\\d{8}"))
                .body("receipt.amount", equalTo((int) FINE_SIDEWALK))
                .body("receipt.violationId", equalTo(violationId));

        Api.misbehavingAs(inspector).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", violationId)
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:illegal-transition"));
        Api.misbehavingAs(inspector).body(Map.of("amount", FINE_SIDEWALK, "method", "CASH"))
                .post("/api/v1/violations/{id}/settle", violationId).then().statusCode(409);
    }

    @Test
    void supervisorCancelsAWrongViolationWhichThenCannotBeTowed() {
        Response registered = Fixtures.register(inspector, district);
        String violationId = registered.path("id");
        Map<String, String> reason = Map.of("reason", "Wrong plate read from a dirty number plate");

        Api.misbehavingAs(supervisor).body(reason).post("/api/v1/violations/{id}/cancel", violationId)
                .then().statusCode(428).body("type", equalTo("urn:clearway:problem:if-match-required"));
        Api.misbehavingAs(supervisor).header("If-Match", "\"41\"").body(reason).post("/api/v1/violations/{id}/cancel", violationId)
                .then().statusCode(412).body("type", equalTo("urn:clearway:problem:stale-version"));
        Api.misbehavingAs(supervisor).header("If-Match", registered.header("ETag")).body(Map.of("reason", " "))
                .post("/api/v1/violations/{id}/cancel", violationId)
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));

        Api.as(supervisor).header("If-Match", registered.header("ETag")).body(reason)
                .post("/api/v1/violations/{id}/cancel", violationId)
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellation.reason", equalTo(reason.get("reason")))
                .body("cancellation.cancelledBy", equalTo(supervisor));

        Api.misbehavingAs(inspector).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", violationId)
                .then().statusCode(409).body("detail", notNullValue());
        Api.as(clerk).get("/api/v1/impound-lots/{code}", lot).then().body("occupied", equalTo(0));
    }

    @Test
    void holdKeepsAPaidVehicleInTheLotUntilLifted() {
        String impoundId = Fixtures.impounded(inspector, district, lot).path("id");
        String holdId = Api.as(supervisor).body(Map.of("authority", "JUDICIAL", "reason", "Court order", "reference", "1403-778"))
                .post("/api/v1/impounds/{id}/holds", impoundId)
                .then().statusCode(201).body("active", equalTo(true)).extract().path("id");

        long balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impoundId).then().extract().<Integer>path("balance");
        Api.misbehavingAs(supervisor).body(Map.of("amount", balance + 1, "reason", "too much"))
                .post("/api/v1/impounds/{id}/waivers", impoundId).then().statusCode(422);
        Api.as(supervisor).body(Map.of("amount", 500_000, "reason", "Disabled owner"))
                .post("/api/v1/impounds/{id}/waivers", impoundId).then().statusCode(201).body("amount", equalTo(500_000));
        Api.as(clerk).body(Map.of("amount", balance - 500_000, "method", "BANK_TRANSFER"))
                .post("/api/v1/impounds/{id}/payments", impoundId).then().statusCode(201);
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impoundId).then()
                .body("balance", equalTo(0)).body("waived", equalTo(500_000));

        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impoundId).then()
                .body("holds", hasSize(1)).extract().header("ETag");
        Api.misbehavingAs(clerk).header("If-Match", etag).body(releaseBody()).post("/api/v1/impounds/{id}/release", impoundId)
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:active-hold"));

        Api.as(supervisor).body(Map.of("reason", "Order withdrawn")).post("/api/v1/impounds/{id}/holds/{hold}/lift", impoundId, holdId)
                .then().statusCode(200).body("active", equalTo(false)).body("liftedBy", equalTo(supervisor));
        Api.misbehavingAs(supervisor).body(Map.of("reason", "again")).post("/api/v1/impounds/{id}/holds/{hold}/lift", impoundId, holdId)
                .then().statusCode(409);

        Api.misbehavingAs(clerk).header("If-Match", etag).body(releaseBody()).post("/api/v1/impounds/{id}/release", impoundId)
                .then().statusCode(412);
        etag = Api.as(clerk).get("/api/v1/impounds/{id}", impoundId).then().extract().header("ETag");
        Api.as(clerk).header("If-Match", etag).body(releaseBody()).post("/api/v1/impounds/{id}/release", impoundId)
                .then().statusCode(200).body("waived", equalTo(500_000));
    }

    @Test
    void fullLotTurnsTheNextTowAway() {
        String smallLot = Fixtures.lot(district, 1);
        String first = Fixtures.register(inspector, district).path("id");
        String second = Fixtures.register(inspector, district).path("id");
        Api.as(inspector).body(Map.of("lotCode", smallLot)).post("/api/v1/violations/{id}/impound", first).then().statusCode(201);
        Api.misbehavingAs(inspector).body(Map.of("lotCode", smallLot)).post("/api/v1/violations/{id}/impound", second)
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:lot-full"));
        Api.as(inspector).get("/api/v1/impound-lots/{code}", smallLot).then().body("occupied", equalTo(1)).body("capacity", equalTo(1));
        Api.as(inspector).get("/api/v1/violations/{id}", second).then().body("status", equalTo("REGISTERED"));
    }

    private static Map<String, String> releaseBody() {
        return Map.of("releasedToName", "Reza Ahmadi", "releasedToNationalId", NationalIds.next(),
                "ownershipDocument", "Vehicle card 9921-33");
    }
}

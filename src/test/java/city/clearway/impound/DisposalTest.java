package city.clearway.impound;

import city.clearway.common.TimeSource;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.TestClock;
import city.clearway.support.Unclaimed;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Unclaimed vehicles: listed by how long they waited, disposed of by a supervisor only when the law allows it. */
@QuarkusTest
class DisposalTest {

    private static final Map<String, Object> AUCTION = Map.of("method", "AUCTION", "reference", "AUC-2026-41", "proceeds", 1_000_000);

    private final TestClock clock = new TestClock();
    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String supervisor;

    @BeforeEach
    void aLot() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        district = Fixtures.district();
        lot = Fixtures.lot(district, 10);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        supervisor = Fixtures.supervisor();
        Fixtures.tariffInForce();
    }

    @Test
    void disposalWaitsForThePeriodAndTheFinalNoticeAndOnlyASupervisorMayDoIt() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        Unclaimed.sendDueNotices("replica-a");

        clock.advance(Duration.ofDays(59));
        Unclaimed.sendDueNotices("replica-a");  // the final notice went out on day 50
        dispose(supervisor, impound, AUCTION).then().statusCode(409).body("type", org.hamcrest.Matchers.equalTo("urn:clearway:problem:disposal-too-early"));

        clock.advance(Duration.ofDays(1));
        dispose(clerk, impound, AUCTION).then().statusCode(403);
        dispose(Fixtures.auditor(), impound, AUCTION).then().statusCode(403);
        int occupied = Api.as(Fixtures.ADMIN).get("/api/v1/impound-lots/{code}", lot).then().extract().path("occupied");
        long balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().<Number>path("balance").longValue();
        assertThat(balance).isGreaterThan(1_000_000);

        Response disposed = dispose(supervisor, impound, AUCTION).then().statusCode(200).extract().response();
        assertThat(disposed.<String>path("status")).isEqualTo("DISPOSED");
        assertThat(disposed.<String>path("disposal.method")).isEqualTo("AUCTION");
        assertThat(disposed.<Integer>path("disposal.proceeds")).isEqualTo(1_000_000);
        assertThat(disposed.<Number>path("disposal.writtenOff").longValue()).isEqualTo(balance - 1_000_000);
        assertThat(disposed.<Integer>path("disposal.surplus")).isZero();

        Response fees = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().statusCode(200).extract().response();
        assertThat(fees.<Integer>path("balance")).isZero();
        assertThat(fees.<Number>path("charged").longValue()).isEqualTo(balance);
        clock.advance(Duration.ofDays(5));
        assertThat(Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().<Number>path("charged").longValue())
                .as("storage stops when the vehicle left").isEqualTo(balance);
        List<String> methods = Api.as(clerk).get("/api/v1/impounds/{id}/payments", impound).then().statusCode(200).extract().path("method");
        assertThat(methods).containsExactly("DISPOSAL_PROCEEDS");
        assertThat(Api.as(Fixtures.ADMIN).get("/api/v1/impound-lots/{code}", lot).then().extract().<Integer>path("occupied")).isEqualTo(occupied - 1);

        dispose(supervisor, impound, AUCTION).then().statusCode(409).body("type", org.hamcrest.Matchers.equalTo("urn:clearway:problem:illegal-transition"));
        Api.as(clerk).body(Map.of("amount", 1000, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impound).then().statusCode(409);
        String violation = disposed.path("violationId");
        List<String> actions = Api.as(Fixtures.auditor()).get("/api/v1/violations/{id}/history", violation).then().extract().path("events.action");
        assertThat(actions).contains("VEHICLE_DISPOSED");
    }

    @Test
    void withoutItsFinalNoticeSentAVehicleIsNotDisposedOf() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        clock.advance(Duration.ofDays(61));  // no replica has sent anything yet
        dispose(supervisor, impound, AUCTION).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.equalTo("urn:clearway:problem:final-notice-not-sent"));
        Unclaimed.sendDueNotices("replica-a");
        Map<String, Object> scrap = Map.of("method", "SCRAP", "reference", "SCR-9");
        dispose(supervisor, impound, scrap).then().statusCode(200);
    }

    @Test
    void proceedsBeyondTheBalanceAreTheOwnersSurplusAndTheReportCountsTheDisposal() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        clock.advance(Duration.ofDays(60));
        Unclaimed.sendDueNotices("replica-a");
        long balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().<Number>path("balance").longValue();

        Response disposed = dispose(supervisor, impound, Map.of("method", "TRANSFER", "reference", "TR-1", "proceeds", balance + 500))
                .then().statusCode(200).extract().response();
        assertThat(disposed.<Integer>path("disposal.surplus")).isEqualTo(500);
        assertThat(disposed.<Integer>path("disposal.writtenOff")).isZero();

        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneId.of("Asia/Tehran"));
        Response report = Api.as(Fixtures.auditor()).queryParam("from", today.minusDays(1).toString()).queryParam("to", today.toString())
                .get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        assertThat(report.<Integer>path("groups.find { it.key == '" + district + "' }.disposed")).isEqualTo(1);
        assertThat(report.<Integer>path("totals.disposed")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anActiveHoldKeepsTheVehicleAndNoCounterPaymentPassesForProceeds() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        Api.as(supervisor).body(Map.of("authority", "JUDICIAL", "reason", "Evidence in a court case")).post("/api/v1/impounds/{id}/holds", impound)
                .then().statusCode(201);
        clock.advance(Duration.ofDays(61));
        Unclaimed.sendDueNotices("replica-a");
        dispose(supervisor, impound, AUCTION).then().statusCode(409).body("type", org.hamcrest.Matchers.equalTo("urn:clearway:problem:active-hold"));
        Api.misbehavingAs(clerk).body(Map.of("amount", 1000, "method", "DISPOSAL_PROCEEDS")).post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(422);
        assertThat(Api.as(clerk).get("/api/v1/impounds/{id}", impound).<String>path("status")).isEqualTo("IN_LOT");
    }

    @Test
    void theUnclaimedListHoldsTheVehiclesStillInTheLotLongestFirst() {
        String oldest = Fixtures.impounded(inspector, district, lot).path("id");
        clock.advance(Duration.ofDays(3));
        String older = Fixtures.impounded(inspector, district, lot).path("id");
        clock.advance(Duration.ofDays(8));
        String recent = Fixtures.impounded(inspector, district, lot).path("id");

        List<String> unclaimed = Api.as(clerk).queryParam("unclaimedForDays", 5).get("/api/v1/impounds").then().statusCode(200).extract().path("id");
        assertThat(unclaimed).containsSubsequence(oldest, older).doesNotContain(recent);
        List<String> longer = Api.as(supervisor).queryParam("unclaimedForDays", 10).queryParam("lot", lot).get("/api/v1/impounds")
                .then().statusCode(200).extract().path("id");
        assertThat(longer).containsExactly(oldest);
        Api.misbehavingAs(clerk).queryParam("unclaimedForDays", -1).get("/api/v1/impounds").then().statusCode(400);
    }

    private static Response dispose(String actor, String impound, Map<String, Object> body) {
        return Api.misbehavingAs(actor).body(body).post("/api/v1/impounds/{id}/disposal", impound);
    }
}

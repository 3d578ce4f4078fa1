package city.clearway.report;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.TestClock;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A city for the report tests, on a stretch of time no other test touches: the clock is moved years ahead, to the
 * start of a month in Tehran, and the period covers only what happens here.
 */
final class ReportCity {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    /** Shared by every report test class: each city gets its own quarter, so no two of them ever share a period. */
    private static final AtomicInteger QUARTERS = new AtomicInteger();

    final LocalDate firstDay;
    final String north;
    final String south;
    final String lot;
    final String inspectorNorth;
    final String inspectorSouth;
    final String clerk;
    final String auditor;

    /** Moves {@code clock}, which must already be the service's, to an hour into the first day of the city's month. */
    ReportCity(TestClock clock) {
        Fixtures.tariffInForce();
        north = Fixtures.district();
        south = Fixtures.district();
        lot = Fixtures.lot(north, 10);
        inspectorNorth = Fixtures.inspector(north);
        inspectorSouth = Fixtures.inspector(south);
        clerk = Fixtures.clerk(lot);
        auditor = Fixtures.auditor();
        // Far from every other test's data: the first of a month, years from now, in the city's time zone; each test
        // gets its own quarter, so no two of them ever share a period (one looks at the days before, one at the month after).
        LocalDate target = LocalDate.ofInstant(clock.now(), TEHRAN).plusYears(5).plusMonths(3L * QUARTERS.getAndIncrement())
                .withDayOfMonth(1);
        clock.advance(Duration.between(clock.now(), target.atStartOfDay(TEHRAN).toInstant().plusSeconds(3600)));
        firstDay = target;
    }

    long payAndRelease(String impound) {
        return payAndRelease(clerk, impound);
    }

    long payAndRelease(String lotClerk, String impound) {
        int balance = Api.as(lotClerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().path("balance");
        Api.as(lotClerk).body(Map.of("amount", balance, "method", "CARD")).post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);
        String etag = Api.as(lotClerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.as(lotClerk).header("If-Match", etag)
                .body(Map.of("releasedToName", "Owner", "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Card"))
                .post("/api/v1/impounds/{id}/release", impound).then().statusCode(200);
        return balance;
    }

    Map<String, Object> figures(String groupBy) {
        Response report = Api.as(auditor).queryParam("from", firstDay.toString()).queryParam("to", firstDay.plusDays(1).toString())
                .queryParam("groupBy", groupBy).get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        return Map.of("groups", report.path("groups"), "totals", report.path("totals"));
    }

    int registered() {
        return Api.as(auditor).queryParam("from", firstDay.toString()).queryParam("to", firstDay.toString())
                .get("/api/v1/reports/summary").then().statusCode(200).extract().path("groups.find { it.key == '" + north + "' }.registered");
    }

    static Map<String, Object> group(Response report, String key) {
        return report.path("groups.find { it.key == '" + key + "' }");
    }
}

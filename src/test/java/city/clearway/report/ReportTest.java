package city.clearway.report;

import city.clearway.common.TimeSource;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.StandardTariff;
import city.clearway.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The half-year report, on a stretch of time no other test touches: the clock is moved years ahead, to the start of a
 * month in Tehran, and the period covers only what happens here.
 */
@QuarkusTest
class ReportTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final AtomicInteger QUARTERS = new AtomicInteger();

    private final TestClock clock = new TestClock();

    @Inject
    EntityManager em;
    @Inject
    ReportDayClosing closing;
    private LocalDate firstDay;
    private String north;
    private String south;
    private String lot;
    private String inspectorNorth;
    private String inspectorSouth;
    private String clerk;
    private String auditor;

    @BeforeEach
    void aQuietMonthYearsAhead() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
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

    @Test
    void districtFiguresCountEachEventInItsOwnPeriod() {
        String towed = Fixtures.impounded(inspectorNorth, north, lot).path("id");
        String waiting = Fixtures.register(inspectorNorth, north).path("id");
        Fixtures.register(inspectorSouth, south);
        Api.as(Fixtures.supervisor()).header("If-Match", "\"0\"").body(Map.of("reason", "Wrong street"))
                .post("/api/v1/violations/{id}/cancel", waiting).then().statusCode(200);
        String settled = Fixtures.register(inspectorSouth, south).path("id");
        Api.as(inspectorSouth).body(Map.of("amount", StandardTariff.FINE_SIDEWALK, "method", "CASH"))
                .post("/api/v1/violations/{id}/settle", settled).then().statusCode(200);

        clock.advance(Duration.ofHours(20));  // 20 h in the lot: one storage day started after two hours of grace
        long charged = payAndRelease(towed);

        Response report = Api.as(auditor).queryParam("from", firstDay.toString()).queryParam("to", firstDay.plusDays(5).toString())
                .get("/api/v1/reports/summary").then().statusCode(200).extract().response();

        assertThat(report.<String>path("groupBy")).isEqualTo("district");
        assertThat(report.<String>path("timeZone")).isEqualTo("Asia/Tehran");
        Map<String, Object> n = group(report, north);
        Map<String, Object> s = group(report, south);
        assertThat(n).containsEntry("registered", 2).containsEntry("impounded", 1).containsEntry("released", 1)
                .containsEntry("cancelled", 1).containsEntry("settled", 0).containsEntry("received", (int) charged);
        assertThat(s).containsEntry("registered", 2).containsEntry("impounded", 0).containsEntry("settled", 1)
                .containsEntry("received", (int) StandardTariff.FINE_SIDEWALK);
        assertThat(n.get("medianHoursImpoundToRelease")).isEqualTo(20.0f);
        assertThat(report.<Integer>path("groups.find { it.key == '" + north + "' }.revenue.STORAGE")).isEqualTo((int) StandardTariff.STORAGE_CAR);
        assertThat(report.<Integer>path("groups.find { it.key == '" + north + "' }.revenue.TOW")).isEqualTo((int) StandardTariff.TOW_CAR);
        assertThat(report.<Integer>path("groups.find { it.key == '" + south + "' }.revenue.FINE")).isEqualTo((int) StandardTariff.FINE_SIDEWALK);
        assertThat(report.<Integer>path("totals.registered")).isEqualTo(4);
        assertThat(report.<Integer>path("totals.received")).isEqualTo((int) (charged + StandardTariff.FINE_SIDEWALK));
        assertThat(report.<Integer>path("lots.find { it.code == '" + lot + "' }.occupied")).isEqualTo(0);

        Response before = Api.as(auditor).queryParam("from", firstDay.minusDays(3).toString())
                .queryParam("to", firstDay.minusDays(1).toString()).get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        assertThat(group(before, north)).containsEntry("registered", 0);
    }

    @Test
    void monthsAreCountedInTheCitysTimeZone() {
        Fixtures.register(inspectorNorth, north);
        // 23:30 in Tehran on the last day of the month is still that month, though it is the next day nowhere else.
        LocalDate lastDay = firstDay.withDayOfMonth(firstDay.lengthOfMonth());
        clock.advance(Duration.between(clock.now(), lastDay.atTime(23, 30).atZone(TEHRAN).toInstant()));
        Fixtures.register(inspectorNorth, north);
        clock.advance(Duration.ofHours(1));
        Fixtures.register(inspectorSouth, south);

        Response report = Api.as(auditor).queryParam("from", firstDay.toString()).queryParam("to", lastDay.plusDays(3).toString())
                .queryParam("groupBy", "month").get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        String thisMonth = firstDay.toString().substring(0, 7);
        String nextMonth = firstDay.plusMonths(1).toString().substring(0, 7);
        assertThat(report.<java.util.List<String>>path("groups.key")).containsExactly(thisMonth, nextMonth);
        assertThat(report.<Integer>path("groups[0].registered")).isEqualTo(2);
        assertThat(report.<Integer>path("groups[1].registered")).isEqualTo(1);
    }

    @Test
    void everyMonthOfThePeriodHasItsGroupEvenAnEmptyOne() {
        Fixtures.register(inspectorNorth, north);
        LocalDate thirdMonth = firstDay.plusMonths(2);
        clock.advance(Duration.between(clock.now(), thirdMonth.atTime(9, 0).atZone(TEHRAN).toInstant()));
        Fixtures.register(inspectorNorth, north);
        Fixtures.register(inspectorSouth, south);

        Response report = Api.as(auditor).queryParam("from", firstDay.toString())
                .queryParam("to", thirdMonth.withDayOfMonth(thirdMonth.lengthOfMonth()).toString())
                .queryParam("groupBy", "month").get("/api/v1/reports/summary").then().statusCode(200).extract().response();

        assertThat(report.<java.util.List<String>>path("groups.key")).containsExactly(firstDay.toString().substring(0, 7),
                firstDay.plusMonths(1).toString().substring(0, 7), thirdMonth.toString().substring(0, 7));
        assertThat(report.<java.util.List<Integer>>path("groups.registered")).containsExactly(1, 0, 2);
        assertThat(report.<Integer>path("totals.registered")).isEqualTo(3);
    }

    @Test
    void violationTypesAreAGroupingToo() {
        Fixtures.register(inspectorNorth, north);
        Response report = Api.as(auditor).queryParam("from", firstDay.toString()).queryParam("to", firstDay.toString())
                .queryParam("groupBy", "violationType").get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        assertThat(report.<java.util.List<String>>path("groups.key")).hasSize(7).contains("SIDEWALK_PARKING", "RAMP_BLOCKING");
        assertThat(report.<Integer>path("groups.find { it.key == 'SIDEWALK_PARKING' }.registered")).isEqualTo(1);
        assertThat(report.<Integer>path("groups.find { it.key == 'RAMP_BLOCKING' }.registered")).isEqualTo(0);
    }

    @Test
    void theMedianStayIsTheMiddleOneOfEachGroupAndOfAllTogether() {
        String southLot = Fixtures.lot(south, 10);
        String southClerk = Fixtures.clerk(southLot);
        String twoHours = Fixtures.impounded(inspectorNorth, north, lot).path("id");
        String fiveHours = Fixtures.impounded(inspectorNorth, north, lot).path("id");
        String nineHours = Fixtures.impounded(inspectorSouth, south, southLot).path("id");
        String thirtyHours = Fixtures.impounded(inspectorNorth, north, lot).path("id");
        String fortyHours = Fixtures.impounded(inspectorSouth, south, southLot).path("id");
        clock.advance(Duration.ofHours(2));
        payAndRelease(clerk, twoHours);
        clock.advance(Duration.ofHours(3));
        payAndRelease(clerk, fiveHours);
        clock.advance(Duration.ofHours(4));
        payAndRelease(southClerk, nineHours);
        clock.advance(Duration.ofHours(21));
        payAndRelease(clerk, thirtyHours);
        clock.advance(Duration.ofHours(10));
        payAndRelease(southClerk, fortyHours);

        Response report = Api.as(auditor).queryParam("from", firstDay.toString()).queryParam("to", firstDay.plusDays(5).toString())
                .get("/api/v1/reports/summary").then().statusCode(200).extract().response();

        assertThat(group(report, north).get("medianHoursImpoundToRelease")).isEqualTo(5.0f);   // 2, 5, 30
        assertThat(group(report, south).get("medianHoursImpoundToRelease")).isEqualTo(24.5f);  // 9, 40: the middle two averaged
        assertThat(report.<Float>path("totals.medianHoursImpoundToRelease")).isEqualTo(9.0f);  // 2, 5, 9, 30, 40
        assertThat(report.<Integer>path("totals.released")).isEqualTo(5);
    }

    @Test
    void aClosedDayShowsWhatItShowedWhileOpen() {
        Fixtures.register(inspectorNorth, north);
        String waiting = Fixtures.register(inspectorNorth, north).path("id");
        Api.as(Fixtures.supervisor()).header("If-Match", "\"0\"").body(Map.of("reason", "Wrong street"))
                .post("/api/v1/violations/{id}/cancel", waiting).then().statusCode(200);
        String settled = Fixtures.register(inspectorSouth, south).path("id");
        Api.as(inspectorSouth).body(Map.of("amount", StandardTariff.FINE_SIDEWALK, "method", "CASH"))
                .post("/api/v1/violations/{id}/settle", settled).then().statusCode(200);
        String waived = Fixtures.impounded(inspectorNorth, north, lot).path("id");
        String fast = Fixtures.impounded(inspectorNorth, north, lot).path("id");
        Fixtures.impounded(inspectorNorth, north, lot);  // still in the lot
        clock.advance(Duration.ofHours(3));
        Api.as(Fixtures.supervisor()).body(Map.of("amount", 100_000, "reason", "Late tow")).post("/api/v1/impounds/{id}/waivers", waived)
                .then().statusCode(201);
        payAndRelease(fast);
        clock.advance(Duration.ofHours(4));
        payAndRelease(waived);
        for (String groupBy : new String[] {"district", "month", "violationType"}) {
            Map<String, Object> open = figures(groupBy);
            assertThat(closedDays()).doesNotContain(firstDay);

            clock.advance(Duration.ofDays(2));  // the day has ended: its figures are summed once and read from the sums
            closing.closeDays();
            Map<String, Object> closed = figures(groupBy);
            assertThat(closedDays()).contains(firstDay);
            assertThat(closed).isEqualTo(open);
            clock.advance(Duration.ofDays(-2));
            QuarkusTransaction.requiringNew().run(() -> {  // and open again, for the next grouping
                em.createNativeQuery("DELETE FROM report_tally WHERE city_day >= ?1").setParameter(1, firstDay).executeUpdate();
                em.createNativeQuery("DELETE FROM report_day WHERE city_day >= ?1").setParameter(1, firstDay).executeUpdate();
            });
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) figures("district").get("totals");
        assertThat(totals).containsEntry("registered", 6).containsEntry("cancelled", 1).containsEntry("impounded", 3)
                .containsEntry("released", 2).containsEntry("settled", 1).containsEntry("waived", 100_000)
                .containsEntry("medianHoursImpoundToRelease", 5.0f);  // 3 and 7 hours
    }

    @Test
    void aChangeStampedInAClosedDayOpensItAgain() {
        Fixtures.register(inspectorNorth, north);
        clock.advance(Duration.ofDays(2));
        closing.closeDays();
        assertThat(registered()).isEqualTo(1);
        assertThat(closedDays()).contains(firstDay);

        clock.advance(Duration.ofDays(-2));  // the server's clock was set back
        Fixtures.register(inspectorNorth, north);
        assertThat(closedDays()).doesNotContain(firstDay);
        clock.advance(Duration.ofDays(2));
        closing.closeDays();
        assertThat(registered()).isEqualTo(2);
        assertThat(closedDays()).contains(firstDay);
    }

    @Test
    void daysSummedInAnotherTimeZoneAreSummedAgain() {
        Fixtures.register(inspectorNorth, north);
        clock.advance(Duration.ofDays(2));
        closing.closeDays();
        assertThat(registered()).isEqualTo(1);
        // As if the city's time zone had been set to UTC when the day was closed: its sums are not the city's days.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE report_day SET time_zone = 'UTC' WHERE city_day = ?1").setParameter(1, firstDay).executeUpdate();
            em.createNativeQuery("UPDATE report_tally SET registered = 40 WHERE city_day = ?1").setParameter(1, firstDay).executeUpdate();
        });
        assertThat(registered()).isEqualTo(1);
        assertThat(closedDays()).contains(firstDay);
    }

    @Test
    void aPeriodMustBeReadable() {
        Api.misbehavingAs(auditor).queryParam("from", "2026-09-22").queryParam("to", "2026-03-21").get("/api/v1/reports/summary")
                .then().statusCode(400);
        Api.misbehavingAs(auditor).queryParam("from", "1404/01/01").queryParam("to", "2026-03-21").get("/api/v1/reports/summary")
                .then().statusCode(400);
        Api.misbehavingAs(auditor).queryParam("from", "2026-01-01").queryParam("to", "2026-03-21").queryParam("groupBy", "planet")
                .get("/api/v1/reports/summary").then().statusCode(400);
        Api.misbehavingAs(inspectorNorth).queryParam("from", "2026-01-01").queryParam("to", "2026-03-21").get("/api/v1/reports/summary")
                .then().statusCode(403);
    }

    private long payAndRelease(String impound) {
        return payAndRelease(clerk, impound);
    }

    private long payAndRelease(String lotClerk, String impound) {
        int balance = Api.as(lotClerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().path("balance");
        Api.as(lotClerk).body(Map.of("amount", balance, "method", "CARD")).post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);
        String etag = Api.as(lotClerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.as(lotClerk).header("If-Match", etag)
                .body(Map.of("releasedToName", "Owner", "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Card"))
                .post("/api/v1/impounds/{id}/release", impound).then().statusCode(200);
        return balance;
    }

    private Map<String, Object> figures(String groupBy) {
        Response report = Api.as(auditor).queryParam("from", firstDay.toString()).queryParam("to", firstDay.plusDays(1).toString())
                .queryParam("groupBy", groupBy).get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        return Map.of("groups", report.path("groups"), "totals", report.path("totals"));
    }

    private int registered() {
        return Api.as(auditor).queryParam("from", firstDay.toString()).queryParam("to", firstDay.toString())
                .get("/api/v1/reports/summary").then().statusCode(200).extract().path("groups.find { it.key == '" + north + "' }.registered");
    }

    private List<LocalDate> closedDays() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT city_day FROM report_day WHERE city_day BETWEEN ?1 AND ?2 ORDER BY city_day", LocalDate.class)
                .setParameter(1, firstDay.minusDays(1)).setParameter(2, firstDay.plusDays(1)).getResultList());
    }

    private static Map<String, Object> group(Response report, String key) {
        return report.path("groups.find { it.key == '" + key + "' }");
    }
}

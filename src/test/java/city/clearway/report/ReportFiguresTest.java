package city.clearway.report;

import city.clearway.common.TimeSource;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.StandardTariff;
import city.clearway.support.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static city.clearway.report.ReportCity.TEHRAN;
import static city.clearway.report.ReportCity.group;
import static org.assertj.core.api.Assertions.assertThat;

/** The half-year report's figures: each event counted in its own period and group, in the city's time zone. */
@QuarkusTest
class ReportFiguresTest {

    private final TestClock clock = new TestClock();
    private ReportCity city;

    @BeforeEach
    void aQuietMonthYearsAhead() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        city = new ReportCity(clock);
    }

    @Test
    void districtFiguresCountEachEventInItsOwnPeriod() {
        String towed = Fixtures.impounded(city.inspectorNorth, city.north, city.lot).path("id");
        String waiting = Fixtures.register(city.inspectorNorth, city.north).path("id");
        Fixtures.register(city.inspectorSouth, city.south);
        Api.as(Fixtures.supervisor()).header("If-Match", "\"0\"").body(Map.of("reason", "Wrong street"))
                .post("/api/v1/violations/{id}/cancel", waiting).then().statusCode(200);
        String settled = Fixtures.register(city.inspectorSouth, city.south).path("id");
        Api.as(city.inspectorSouth).body(Map.of("amount", StandardTariff.FINE_SIDEWALK, "method", "CASH"))
                .post("/api/v1/violations/{id}/settle", settled).then().statusCode(200);

        clock.advance(Duration.ofHours(20));  // 20 h in the lot: one storage day started after two hours of grace
        long charged = city.payAndRelease(towed);

        Response report = Api.as(city.auditor).queryParam("from", city.firstDay.toString()).queryParam("to", city.firstDay.plusDays(5).toString())
                .get("/api/v1/reports/summary").then().statusCode(200).extract().response();

        assertThat(report.<String>path("groupBy")).isEqualTo("district");
        assertThat(report.<String>path("timeZone")).isEqualTo("Asia/Tehran");
        Map<String, Object> n = group(report, city.north);
        Map<String, Object> s = group(report, city.south);
        assertThat(n).containsEntry("registered", 2).containsEntry("impounded", 1).containsEntry("released", 1)
                .containsEntry("cancelled", 1).containsEntry("settled", 0).containsEntry("received", (int) charged);
        assertThat(s).containsEntry("registered", 2).containsEntry("impounded", 0).containsEntry("settled", 1)
                .containsEntry("received", (int) StandardTariff.FINE_SIDEWALK);
        assertThat(n.get("medianHoursImpoundToRelease")).isEqualTo(20.0f);
        assertThat(report.<Integer>path("groups.find { it.key == '" + city.north + "' }.revenue.STORAGE")).isEqualTo((int) StandardTariff.STORAGE_CAR);
        assertThat(report.<Integer>path("groups.find { it.key == '" + city.north + "' }.revenue.TOW")).isEqualTo((int) StandardTariff.TOW_CAR);
        assertThat(report.<Integer>path("groups.find { it.key == '" + city.south + "' }.revenue.FINE")).isEqualTo((int) StandardTariff.FINE_SIDEWALK);
        assertThat(report.<Integer>path("totals.registered")).isEqualTo(4);
        assertThat(report.<Integer>path("totals.received")).isEqualTo((int) (charged + StandardTariff.FINE_SIDEWALK));
        assertThat(report.<Integer>path("lots.find { it.code == '" + city.lot + "' }.occupied")).isEqualTo(0);

        Response before = Api.as(city.auditor).queryParam("from", city.firstDay.minusDays(3).toString())
                .queryParam("to", city.firstDay.minusDays(1).toString()).get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        assertThat(group(before, city.north)).containsEntry("registered", 0);
    }

    @Test
    void monthsAreCountedInTheCitysTimeZone() {
        Fixtures.register(city.inspectorNorth, city.north);
        // 23:30 in Tehran on the last day of the month is still that month, though it is the next day nowhere else.
        LocalDate lastDay = city.firstDay.withDayOfMonth(city.firstDay.lengthOfMonth());
        clock.advance(Duration.between(clock.now(), lastDay.atTime(23, 30).atZone(TEHRAN).toInstant()));
        Fixtures.register(city.inspectorNorth, city.north);
        clock.advance(Duration.ofHours(1));
        Fixtures.register(city.inspectorSouth, city.south);

        Response report = Api.as(city.auditor).queryParam("from", city.firstDay.toString()).queryParam("to", lastDay.plusDays(3).toString())
                .queryParam("groupBy", "month").get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        String thisMonth = city.firstDay.toString().substring(0, 7);
        String nextMonth = city.firstDay.plusMonths(1).toString().substring(0, 7);
        assertThat(report.<java.util.List<String>>path("groups.key")).containsExactly(thisMonth, nextMonth);
        assertThat(report.<Integer>path("groups[0].registered")).isEqualTo(2);
        assertThat(report.<Integer>path("groups[1].registered")).isEqualTo(1);
    }

    @Test
    void everyMonthOfThePeriodHasItsGroupEvenAnEmptyOne() {
        Fixtures.register(city.inspectorNorth, city.north);
        LocalDate thirdMonth = city.firstDay.plusMonths(2);
        clock.advance(Duration.between(clock.now(), thirdMonth.atTime(9, 0).atZone(TEHRAN).toInstant()));
        Fixtures.register(city.inspectorNorth, city.north);
        Fixtures.register(city.inspectorSouth, city.south);

        Response report = Api.as(city.auditor).queryParam("from", city.firstDay.toString())
                .queryParam("to", thirdMonth.withDayOfMonth(thirdMonth.lengthOfMonth()).toString())
                .queryParam("groupBy", "month").get("/api/v1/reports/summary").then().statusCode(200).extract().response();

        assertThat(report.<java.util.List<String>>path("groups.key")).containsExactly(city.firstDay.toString().substring(0, 7),
                city.firstDay.plusMonths(1).toString().substring(0, 7), thirdMonth.toString().substring(0, 7));
        assertThat(report.<java.util.List<Integer>>path("groups.registered")).containsExactly(1, 0, 2);
        assertThat(report.<Integer>path("totals.registered")).isEqualTo(3);
    }

    @Test
    void violationTypesAreAGroupingToo() {
        Fixtures.register(city.inspectorNorth, city.north);
        Response report = Api.as(city.auditor).queryParam("from", city.firstDay.toString()).queryParam("to", city.firstDay.toString())
                .queryParam("groupBy", "violationType").get("/api/v1/reports/summary").then().statusCode(200).extract().response();
        assertThat(report.<java.util.List<String>>path("groups.key")).hasSize(7).contains("SIDEWALK_PARKING", "RAMP_BLOCKING");
        assertThat(report.<Integer>path("groups.find { it.key == 'SIDEWALK_PARKING' }.registered")).isEqualTo(1);
        assertThat(report.<Integer>path("groups.find { it.key == 'RAMP_BLOCKING' }.registered")).isEqualTo(0);
    }

    @Test
    void theMedianStayIsTheMiddleOneOfEachGroupAndOfAllTogether() {
        String southLot = Fixtures.lot(city.south, 10);
        String southClerk = Fixtures.clerk(southLot);
        String twoHours = Fixtures.impounded(city.inspectorNorth, city.north, city.lot).path("id");
        String fiveHours = Fixtures.impounded(city.inspectorNorth, city.north, city.lot).path("id");
        String nineHours = Fixtures.impounded(city.inspectorSouth, city.south, southLot).path("id");
        String thirtyHours = Fixtures.impounded(city.inspectorNorth, city.north, city.lot).path("id");
        String fortyHours = Fixtures.impounded(city.inspectorSouth, city.south, southLot).path("id");
        clock.advance(Duration.ofHours(2));
        city.payAndRelease(city.clerk, twoHours);
        clock.advance(Duration.ofHours(3));
        city.payAndRelease(city.clerk, fiveHours);
        clock.advance(Duration.ofHours(4));
        city.payAndRelease(southClerk, nineHours);
        clock.advance(Duration.ofHours(21));
        city.payAndRelease(city.clerk, thirtyHours);
        clock.advance(Duration.ofHours(10));
        city.payAndRelease(southClerk, fortyHours);

        Response report = Api.as(city.auditor).queryParam("from", city.firstDay.toString()).queryParam("to", city.firstDay.plusDays(5).toString())
                .get("/api/v1/reports/summary").then().statusCode(200).extract().response();

        assertThat(group(report, city.north).get("medianHoursImpoundToRelease")).isEqualTo(5.0f);   // 2, 5, 30
        assertThat(group(report, city.south).get("medianHoursImpoundToRelease")).isEqualTo(24.5f);  // 9, 40: the middle two averaged
        assertThat(report.<Float>path("totals.medianHoursImpoundToRelease")).isEqualTo(9.0f);  // 2, 5, 9, 30, 40
        assertThat(report.<Integer>path("totals.released")).isEqualTo(5);
    }

    @Test
    void aPeriodMustBeReadable() {
        Api.misbehavingAs(city.auditor).queryParam("from", "2026-09-22").queryParam("to", "2026-03-21").get("/api/v1/reports/summary")
                .then().statusCode(400);
        Api.misbehavingAs(city.auditor).queryParam("from", "1404/01/01").queryParam("to", "2026-03-21").get("/api/v1/reports/summary")
                .then().statusCode(400);
        Api.misbehavingAs(city.auditor).queryParam("from", "2026-01-01").queryParam("to", "2026-03-21").queryParam("groupBy", "planet")
                .get("/api/v1/reports/summary").then().statusCode(400);
        Api.misbehavingAs(city.inspectorNorth).queryParam("from", "2026-01-01").queryParam("to", "2026-03-21").get("/api/v1/reports/summary")
                .then().statusCode(403);
    }
}

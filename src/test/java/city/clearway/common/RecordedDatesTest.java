package city.clearway.common;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Office;
import city.clearway.support.StandardTariff;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every date or time a client sends, in a body or in a query, lies between 2000-01-01 and 2100-12-31: one outside is
 * a {@code 422} naming the field, and nothing of it is stored.
 */
@QuarkusTest
class RecordedDatesTest {

    private static final List<String> OUTSIDE = List.of("0001-01-01T00:00:00Z", "1999-12-31T23:59:59Z",
            "2000-01-01T02:00:00+03:30", "2101-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00+03:30", "+999999999-12-31T23:59:59-03:00");

    private String district;
    private String inspector;
    private String auditor;

    @BeforeEach
    void city() {
        district = Fixtures.district();
        inspector = Fixtures.inspector(district);
        auditor = Fixtures.auditor();
        Fixtures.tariffInForce();
    }

    @Test
    void theRangeIsInclusiveOfItsFirstAndLastDay() {
        assertThat(RecordedDates.contains(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(RecordedDates.contains(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(RecordedDates.contains(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(RecordedDates.contains(LocalDate.of(2101, 1, 1))).isFalse();
        assertThat(RecordedDates.contains(OffsetDateTime.of(2000, 1, 1, 4, 0, 0, 0, ZoneOffset.ofHours(3)))).isTrue();
        assertThat(RecordedDates.contains(OffsetDateTime.of(2000, 1, 1, 2, 0, 0, 0, ZoneOffset.ofHours(3)))).isFalse();
        assertThat(RecordedDates.contains(OffsetDateTime.of(2100, 12, 31, 23, 30, 0, 0, ZoneOffset.ofHours(-1)))).isFalse();
    }

    @Test
    void aTariffFarInTheFutureIsRefusedAndTheTariffsStayReadable() {
        int published = Api.as(Fixtures.ADMIN).get("/api/v1/tariffs").then().statusCode(200).extract().path("size()");
        for (String effectiveFrom : List.of("+999999999-12-31T23:59:59Z", "2101-01-01T04:00:00+03:30")) {
            Api.misbehavingAs(Fixtures.ADMIN).body(StandardTariff.body(effectiveFrom)).post("/api/v1/tariffs")
                    .then().statusCode(422).contentType(ProblemMapper.PROBLEM_JSON)
                    .body("type", equalTo(ProblemType.VALIDATION.uri()))
                    .body("errors.field", hasItem("effectiveFrom"))
                    .body("errors[0].message", containsString("2100-12-31"));
        }
        Api.as(Fixtures.ADMIN).get("/api/v1/tariffs").then().statusCode(200).body("size()", equalTo(published));
        Api.as(Fixtures.ADMIN).get("/api/v1/tariffs/current").then().statusCode(200);
    }

    @Test
    void anObservationOutsideTheYearsIsRefusedAndTheOfficeTimelinesStayReadable() {
        for (String observedAt : OUTSIDE) {
            Map<String, Object> body = Fixtures.violationBody(district, Fixtures.plate().spelled());
            body.put("observedAt", observedAt);
            Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                    .then().statusCode(422).body("errors.field", hasItem("observedAt"));
        }
        Api.as(auditor).queryParam("districtCode", district).get("/api/v1/violations").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aTowOutsideTheYearsIsRefused() {
        String lot = Fixtures.lot(district, 2);
        String violation = Fixtures.register(inspector, district).path("id");
        for (String towedAt : OUTSIDE) {
            Api.misbehavingAs(inspector).body(Map.of("lotCode", lot, "towedAt", towedAt)).post("/api/v1/violations/{id}/impound", violation)
                    .then().statusCode(422).body("errors.field", hasItem("towedAt"));
        }
        Api.as(inspector).get("/api/v1/violations/{id}", violation).then().statusCode(200).body("status", equalTo("REGISTERED"));
    }

    @Test
    void queryDatesOutsideTheYearsAre422AndUnreadableOnes400() {
        String lot = Fixtures.lot(district, 2);
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        for (String time : OUTSIDE) {
            Api.misbehavingAs(auditor).queryParam("from", time).get("/api/v1/violations")
                    .then().statusCode(422).contentType(ProblemMapper.PROBLEM_JSON).body("errors[0].field", equalTo("from"));
            Api.misbehavingAs(auditor).queryParam("to", time).get("/api/v1/violations")
                    .then().statusCode(422).body("errors[0].field", equalTo("to"));
            Api.misbehavingAs(auditor).queryParam("at", time).get("/api/v1/impounds/{id}/fees", impound)
                    .then().statusCode(422).body("errors[0].field", equalTo("at"));
        }
        for (String day : List.of("0001-01-01", "1999-12-31", "2101-01-01", "+999999999-12-31")) {
            Api.misbehavingAs(auditor).queryParam("from", day).queryParam("to", "2026-01-01").get("/api/v1/reports/summary")
                    .then().statusCode(422).body("errors[0].field", equalTo("from"));
            Api.misbehavingAs(auditor).queryParam("from", "2026-01-01").queryParam("to", day).get("/api/v1/reports/complaints")
                    .then().statusCode(422).body("errors[0].field", equalTo("to"));
        }
        Api.misbehavingAs(auditor).queryParam("from", "yesterday").get("/api/v1/violations")
                .then().statusCode(400).body("type", equalTo(ProblemType.INVALID_PARAMETER.uri()));
        Api.misbehavingAs(auditor).queryParam("from", "2026-02-30").queryParam("to", "2026-03-01").get("/api/v1/reports/summary")
                .then().statusCode(400);
    }

    @Test
    void aCursorPointingOutsideTheYearsIsNotACursor() {
        for (long micros : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, -62_135_596_800_000_000L}) {
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((micros + "|00000000-0000-0000-0000-000000000000").getBytes(StandardCharsets.UTF_8));
            Api.misbehavingAs(auditor).queryParam("cursor", cursor).get("/api/v1/violations")
                    .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        }
    }

    @Test
    void theOfficeSearchAndReportExplainADateOutsideTheYears() {
        String session = Office.signIn(auditor).session();
        for (String day : List.of("0001-01-01", "+999999999-01-01")) {
            String page = Office.browser(session).queryParam("from", day).get("/office/violations")
                    .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
            assertThat(page).contains("role=\"alert\"").contains("2100-12-31");
            page = Office.browser(session).queryParam("from", day).queryParam("to", "2026-01-01").get("/office/reports")
                    .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
            assertThat(page).contains("2100-12-31");
        }
    }
}

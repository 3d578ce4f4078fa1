package city.clearway.violation;

import city.clearway.common.TimeSource;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Office;
import city.clearway.support.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Auditors find any car by any spelling, page through a district without gaps or repeats, and export it. */
@QuarkusTest
class SearchTest {

    private final TestClock clock = new TestClock();
    private String district;
    private String inspector;
    private String auditor;

    @BeforeEach
    void district() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        district = Fixtures.district();
        inspector = Fixtures.inspector(district);
        auditor = Fixtures.auditor();
        Fixtures.tariffInForce();
    }

    @Test
    void aCarIsFoundWhicheverWayItsPlateIsSpelled() {
        Fixtures.PlateText plate = Fixtures.plate();
        String id = Api.as(inspector).body(Fixtures.violationBody(district, plate.spelled())).post("/api/v1/violations")
                .then().statusCode(201).extract().path("id");
        String canonical = plate.canonical();
        String latin = canonical.replace("-", " ایران ");
        String arabicIndic = latin.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) ('٠' + (c - '0'))) : String.valueOf((char) c))
                .reduce("", String::concat);
        for (String spelling : List.of(canonical, plate.spelled(), latin, arabicIndic, "ایران " + canonical.substring(canonical.length() - 2)
                + " " + canonical.substring(0, canonical.length() - 3))) {
            Api.as(auditor).queryParam("plate", spelling).get("/api/v1/violations").then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        }
        Api.misbehavingAs(auditor).queryParam("plate", "???").get("/api/v1/violations").then().statusCode(400)
                .body("errors[0].field", equalTo("plate"));
    }

    @Test
    void filtersNarrowTheSearch() {
        String other = Fixtures.inspector(district);
        String first = register(inspector, "SIDEWALK_PARKING");
        clock.advance(Duration.ofHours(1));
        String second = register(other, "DOUBLE_PARKING");
        clock.advance(Duration.ofHours(1));
        String third = register(inspector, "DOUBLE_PARKING");
        String supervisor = Fixtures.supervisor();
        String etag = Api.as(auditor).get("/api/v1/violations/{id}", third).then().extract().header("ETag");
        Api.as(supervisor).header("If-Match", etag).body(Map.of("reason", "Duplicate")).post("/api/v1/violations/{id}/cancel", third)
                .then().statusCode(200);

        assertThat(ids(Map.of("districtCode", district))).containsExactly(third, second, first);
        assertThat(ids(Map.of("districtCode", district, "violationType", "DOUBLE_PARKING"))).containsExactly(third, second);
        assertThat(ids(Map.of("districtCode", district, "inspector", inspector))).containsExactly(third, first);
        assertThat(ids(Map.of("districtCode", district, "status", "CANCELLED"))).containsExactly(third);
        String secondAt = Api.as(auditor).get("/api/v1/violations/{id}", second).then().extract().path("registeredAt");
        assertThat(ids(Map.of("districtCode", district, "from", secondAt))).containsExactly(third, second);
        assertThat(ids(Map.of("districtCode", district, "to", secondAt))).containsExactly(first);

        Api.misbehavingAs(auditor).queryParam("status", "GONE").get("/api/v1/violations").then().statusCode(400);
        Api.misbehavingAs(auditor).queryParam("limit", 201).get("/api/v1/violations").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        Api.misbehavingAs(auditor).queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/violations").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    /** The office form's days, the last one included, mean the same period as the API's instants, {@code to} excluded. */
    @Test
    void aDayOnTheOfficeFormFindsWhatTheApiFindsBetweenThatDaysMidnights() {
        LocalDate day = LocalDate.ofInstant(clock.now(), Fixtures.TEHRAN).plusDays(2);
        String form = "districtCode=" + district + "&from=" + day + "&to=" + day;
        OffsetDateTime start = day.atStartOfDay(Fixtures.TEHRAN).toOffsetDateTime();
        OffsetDateTime end = day.plusDays(1).atStartOfDay(Fixtures.TEHRAN).toOffsetDateTime();
        clock.advance(Duration.between(clock.now(), start.toInstant().minusSeconds(30)));
        String before = ticket(register(inspector, "SIDEWALK_PARKING"));
        clock.advance(Duration.ofMinutes(1));
        String during = ticket(register(inspector, "SIDEWALK_PARKING"));
        clock.advance(Duration.ofDays(1));
        String after = ticket(register(inspector, "SIDEWALK_PARKING"));

        List<String> api = Api.as(auditor).queryParams(Map.of("districtCode", district, "from", Fixtures.iso(start), "to", Fixtures.iso(end)))
                .get("/api/v1/violations").then().statusCode(200).extract().path("items.ticketNumber");
        Office office = Office.signIn(auditor);
        String page = office.get("/office/violations?" + form)
                .then().statusCode(200).extract().asString();
        String csv = office.request().accept("text/csv")
                .get("/office/violations.csv?" + form)
                .then().statusCode(200).extract().asString();

        assertThat(api).containsExactly(during);
        assertThat(tickets(page)).containsExactlyElementsOf(api).doesNotContain(before, after);
        assertThat(tickets(csv)).containsExactlyElementsOf(api);
    }

    @Test
    void pagesNeitherRepeatNorSkipWhileNewViolationsArrive() {
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            registered.add(register(inspector, "SIDEWALK_PARKING"));
            if (i % 3 == 0) {
                clock.advance(Duration.ofMinutes(1));  // some share a registration time, some do not
            }
        }
        List<String> seen = new ArrayList<>();
        Response page = Api.as(auditor).queryParam("districtCode", district).queryParam("limit", 3).get("/api/v1/violations")
                .then().statusCode(200).extract().response();
        seen.addAll(page.path("items.id"));
        for (int i = 0; i < 3; i++) {
            register(inspector, "SIDEWALK_PARKING");  // arrives between pages
        }
        while (page.path("nextCursor") != null) {
            page = Api.as(auditor).queryParam("districtCode", district).queryParam("limit", 3)
                    .queryParam("cursor", page.<String>path("nextCursor")).get("/api/v1/violations")
                    .then().statusCode(200).extract().response();
            seen.addAll(page.path("items.id"));
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void csvExportsTheSameFilterWithPersianTextIntact() {
        String persianNote = "خودرو روی پیاده‌رو، جلوی مدرسه";
        Map<String, Object> body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        body.put("note", persianNote);
        Api.as(inspector).body(body).post("/api/v1/violations").then().statusCode(201);
        Map<String, Object> formula = Fixtures.violationBody(district, Fixtures.plate().spelled());
        formula.put("note", "=HYPERLINK(\"http://evil\")");
        Api.as(inspector).body(formula).post("/api/v1/violations").then().statusCode(201);
        String elsewhere = Fixtures.district();
        Fixtures.register(Fixtures.inspector(elsewhere), elsewhere);

        Response csv = Api.as(auditor).accept("text/csv").queryParam("districtCode", district).get("/api/v1/violations")
                .then().statusCode(200).contentType("text/csv").extract().response();
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFticketNumber,id,plate,platePersian,status");
        String[] lines = text.substring(1).split("\r\n");
        assertThat(lines).hasSize(1 + 2);
        assertThat(text).contains("," + persianNote + ",").contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains(" ایران ");
        assertThat(lines[1]).contains(district + "-");
    }

    @Test
    void aClientThatAcceptsAnythingGetsOnePageOfJsonNotTheWholeExport() {
        register(inspector, "SIDEWALK_PARKING");
        Api.as(auditor).accept("*/*").queryParam("districtCode", district).queryParam("limit", 1).get("/api/v1/violations")
                .then().statusCode(200).contentType("application/json").body("items", hasSize(1));
    }

    @Test
    void anInspectorSearchesAndExportsOnlyTheirOwnDistrict() {
        register(inspector, "SIDEWALK_PARKING");
        String elsewhere = Fixtures.district();
        Fixtures.register(Fixtures.inspector(elsewhere), elsewhere);

        String text = Api.as(inspector).accept("text/csv").get("/api/v1/violations").then().statusCode(200).extract().asString();
        assertThat(text).contains(district + "-").doesNotContain(elsewhere + "-");
        Api.misbehavingAs(inspector).accept("text/csv").queryParam("districtCode", elsewhere).get("/api/v1/violations")
                .then().statusCode(403);
    }

    private String register(String by, String type) {
        Map<String, Object> body = new HashMap<>(Fixtures.violationBody(district, Fixtures.plate().spelled()));
        body.put("violationType", type);
        body.put("observedAt", Fixtures.iso(OffsetDateTime.ofInstant(clock.now().minusSeconds(60), Fixtures.TEHRAN)));
        return Api.as(by).body(body).post("/api/v1/violations").then().statusCode(201).extract().path("id");
    }

    private String ticket(String id) {
        return Api.as(auditor).get("/api/v1/violations/{id}", id).then().extract().path("ticketNumber");
    }

    /** The ticket numbers of this district a page or file shows, each once, in the order shown. */
    private List<String> tickets(String text) {
        return Pattern.compile(Pattern.quote(district) + "-\\d{8}").matcher(text).results().map(MatchResult::group).distinct().toList();
    }

    private List<String> ids(Map<String, Object> query) {
        return Api.as(auditor).queryParams(query).get("/api/v1/violations").then().statusCode(200).extract().path("items.id");
    }
}

package city.clearway.monitoring;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Prometheus reads at /q/metrics, without signing in: each registration, tow, payment, release and refusal moves
 * its counter by exactly one (and the rials by the amount paid), and a lot's gauge shows the vehicles it holds.
 */
@QuarkusTest
class MetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*})?) (\\S+)$", Pattern.MULTILINE);

    @Test
    void addressesNothingServesShareOneSeries() {
        for (int i = 0; i < 5; i++) {
            RestAssured.given().get("/api/v1/no-such-thing-" + i + "?" + "q".repeat(5000)).then().statusCode(414);
            RestAssured.given().header("X-Padding", "p".repeat(21 * 1024)).get("/api/v1/no-such-thing-" + i).then().statusCode(431);
            Api.anonymous().contentType("application/json").body("{}").put("/api/v1/no-such-thing-" + i).then().statusCode(404);
        }
        Api.as(Fixtures.ADMIN).get("/api/v1/districts").then().statusCode(200);
        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain("no-such-thing")
                .contains("uri=\"" + UnroutedRequests.UNROUTED + "\"")
                .contains("uri=\"/api/v1/districts\"");
    }

    @Test
    void aCarsWholeCaseMovesEachCounterOnce() {
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 7);
        String inspector = Fixtures.inspector(district);
        String clerk = Fixtures.clerk(lot);
        Fixtures.tariffInForce();
        Map<String, Double> before = scrape();
        assertThat(before).containsKeys("clearway_violations_registered_total", "clearway_vehicles_impounded_total",
                "clearway_payments_total", "clearway_payments_amount_rials_total", "clearway_vehicles_released_total");

        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        Map<String, Double> towed = scrape();
        assertThat(towed.get("clearway_lot_vehicles_held{lot=\"" + lot + "\"}")).isEqualTo(1.0);
        assertThat(towed.get("clearway_lot_capacity{lot=\"" + lot + "\"}")).isEqualTo(7.0);

        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.misbehavingAs(clerk).header("If-Match", etag).body(releaseBody())
                .post("/api/v1/impounds/{id}/release", impound)
                .then().statusCode(409);
        int balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().path("balance");
        Api.as(clerk).body(Map.of("amount", balance, "method", "CASH"))
                .post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);
        etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.as(clerk).header("If-Match", etag).body(releaseBody())
                .post("/api/v1/impounds/{id}/release", impound).then().statusCode(200);
        Map<String, Double> after = scrape();

        assertThat(moved(before, after, "clearway_violations_registered_total")).isEqualTo(1);
        assertThat(moved(before, after, "clearway_vehicles_impounded_total")).isEqualTo(1);
        assertThat(moved(before, after, "clearway_payments_total")).isEqualTo(1);
        assertThat(moved(before, after, "clearway_payments_amount_rials_total")).isEqualTo(balance);
        assertThat(moved(before, after, "clearway_vehicles_released_total")).isEqualTo(1);
        assertThat(moved(before, after, "clearway_refusals_total{type=\"balance-due\"}")).isEqualTo(1);
        assertThat(after.keySet()).filteredOn(series -> series.startsWith("clearway_refusals_total{"))
                .as("every problem type, balance-due among them").hasSizeGreaterThan(20)
                .allSatisfy(series -> assertThat(moved(before, after, series))
                        .as(series).isEqualTo(series.contains("\"balance-due\"") ? 1 : 0));
        assertThat(after.get("clearway_lot_vehicles_held{lot=\"" + lot + "\"}")).isEqualTo(0.0);
    }

    @Test
    void showsHttpTimingsAndTheAuditBacklog() {
        Fixtures.tariffInForce();
        Map<String, Double> metrics = scrape();

        assertThat(metrics.keySet()).anyMatch(series -> series.startsWith("http_server_requests_seconds_count{")
                && series.contains("uri=\"/api/v1/tariffs/current\""));
        assertThat(metrics.get("clearway_audit_unsealed_events")).isNotNull().isGreaterThanOrEqualTo(0.0);
        assertThat(metrics.get("clearway_audit_sealing_lag_seconds")).isNotNull().isGreaterThanOrEqualTo(0.0);
    }

    /** Each series as Prometheus reads it: its name with its labels, and its value. */
    private static Map<String, Double> scrape() {
        String text = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> series = new HashMap<>();
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            series.put(sample.group(1), Double.valueOf(sample.group(2)));
        }
        return series;
    }

    private static long moved(Map<String, Double> before, Map<String, Double> after, String series) {
        assertThat(after).as("%s at /q/metrics", series).containsKey(series);
        return Math.round(after.get(series) - before.getOrDefault(series, 0.0));
    }

    private static Map<String, String> releaseBody() {
        return Map.of("releasedToName", "Reza Ahmadi", "releasedToNationalId", NationalIds.next(),
                "ownershipDocument", "Vehicle card 9921-33");
    }
}

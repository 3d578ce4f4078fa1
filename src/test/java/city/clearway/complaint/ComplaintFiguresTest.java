package city.clearway.complaint;

import city.clearway.common.TimeSource;
import city.clearway.support.Api;
import city.clearway.support.Complaints.Square;
import city.clearway.support.Complaints;
import city.clearway.support.Fixtures;
import city.clearway.support.Open311Client;
import city.clearway.support.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Complaints per district and month: how many, how many closed, and how long the district took to act. */
@QuarkusTest
class ComplaintFiguresTest {

    private final TestClock clock = new TestClock();

    @BeforeEach
    void stopTheClock() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
    }

    private String file(String key, String service, double[] point) {
        String xml = Open311Client.app().contentType("application/x-www-form-urlencoded")
                .body(Complaints.encoded(Complaints.report(key, service, point)))
                .post("/open311/v2/requests.xml").then().statusCode(200).extract().asString();
        return Complaints.xml(xml).getElementsByTagName("service_request_id").item(0).getTextContent();
    }

    private String idOf(String user, String serviceRequestId) {
        return Api.as(user).get("/api/v1/complaints?status=OPEN&limit=500").then().extract().<List<Map<String, Object>>>path("items").stream()
                .filter(item -> serviceRequestId.equals(item.get("serviceRequestId"))).findFirst().orElseThrow().get("id").toString();
    }

    @Test
    void receivedClosedAndTheMedianHoursToAction() {
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String key = Complaints.apiKey("figures");
        String inspector = Fixtures.inspector(district);
        String first = file(key, "SIDEWALK_PARKING", square.at(100, 100));
        String second = file(key, "RAMP_BLOCKING", square.at(100, 100));
        file(key, "DOUBLE_PARKING", square.at(100, 100));

        clock.advance(Duration.ofHours(2));
        Api.as(inspector).body(Map.of("reason", "Nothing there")).post("/api/v1/complaints/{id}/close", idOf(inspector, first))
                .then().statusCode(200);
        clock.advance(Duration.ofHours(2));
        Api.as(inspector).body(Map.of("reason", "Gone")).post("/api/v1/complaints/{id}/close", idOf(inspector, second))
                .then().statusCode(200);

        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneId.of("Asia/Tehran"));
        List<Map<String, Object>> rows = Api.as(Fixtures.auditor()).queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.toString()).get("/api/v1/reports/complaints").then().statusCode(200)
                .extract().path("rows");
        Map<String, Object> mine = rows.stream().filter(row -> district.equals(row.get("districtCode"))).findFirst().orElseThrow();
        assertThat(mine).containsEntry("received", 3).containsEntry("closed", 2);
        assertThat(((Number) mine.get("shareClosed")).doubleValue()).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(((Number) mine.get("medianHoursToAction")).doubleValue()).isCloseTo(3.0, within(0.01));

        Api.as(inspector).queryParam("from", today.toString()).queryParam("to", today.toString()).get("/api/v1/reports/complaints")
                .then().statusCode(403);
        Api.as(Fixtures.auditor()).queryParam("from", today.toString()).queryParam("to", today.minusDays(2).toString())
                .get("/api/v1/reports/complaints").then().statusCode(400);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ComplaintFigures.median(List.of())).isNull();
        assertThat(ComplaintFigures.median(List.of(1.0, 5.0, 9.0))).isEqualTo(5.0);
        assertThat(ComplaintFigures.median(List.of(1.0, 2.0, 4.0, 10.0))).isEqualTo(3.0);
    }
}

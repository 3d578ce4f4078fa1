package city.clearway.complaint;

import city.clearway.support.Api;
import city.clearway.support.Complaints.Square;
import city.clearway.support.Complaints;
import city.clearway.support.Fixtures;
import city.clearway.support.Open311Client;
import city.clearway.support.Parallel;
import city.clearway.support.StandardTariff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static city.clearway.support.Complaints.children;
import static city.clearway.support.Complaints.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A complaint's life: routed by boundary, joined by duplicates, worked by the district's inspector, closed when the car
 * is towed, settled or not found, and the reporter's app reading each step back.
 */
@QuarkusTest
class ComplaintTest {

    private static String file(String key, String service, double[] point) {
        String xml = Open311Client.app().contentType("application/x-www-form-urlencoded")
                .body(Complaints.encoded(Complaints.report(key, service, point)))
                .post("/open311/v2/requests.xml").then().statusCode(200).extract().asString();
        return Complaints.xml(xml).getElementsByTagName("service_request_id").item(0).getTextContent();
    }

    private static Map<String, Object> queued(String user, String district, String serviceRequestId) {
        List<Map<String, Object>> items = Api.as(user).queryParam("districtCode", district).get("/api/v1/complaints")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> serviceRequestId.equals(item.get("serviceRequestId"))).findFirst().orElse(null);
    }

    private static Element open311(String serviceRequestId) {
        return children(Complaints.xml(Open311Client.app().get("/open311/v2/requests/{id}.xml", serviceRequestId).then().statusCode(200)
                .extract().asString()).getDocumentElement()).get(0);
    }

    @Test
    void reportsAreRoutedByBoundaryAndEachInspectorSeesTheirOwnQueue() {
        String north = Fixtures.district();
        String south = Fixtures.district();
        Square northSquare = Complaints.newSquare();
        Square southSquare = Complaints.newSquare();
        Complaints.bound(north, northSquare);
        Complaints.bound(south, southSquare);
        String key = Complaints.apiKey("router");
        String inNorth = file(key, "SIDEWALK_PARKING", northSquare.at(500, 500));
        String inSouth = file(key, "SIDEWALK_PARKING", southSquare.at(500, 500));
        String nowhere = file(key, "SIDEWALK_PARKING", new double[] {-45.5, -150.5});

        String northInspector = Fixtures.inspector(north);
        assertThat(queued(northInspector, north, inNorth)).containsEntry("districtCode", north).containsEntry("reportCount", 1)
                .containsEntry("status", "OPEN");
        assertThat(queued(northInspector, north, inSouth)).isNull();
        Api.as(northInspector).get("/api/v1/complaints").then().statusCode(200)
                .body("items.serviceRequestId", hasItem(inNorth)).body("items.serviceRequestId", not(hasItem(inSouth)));
        Api.as(northInspector).queryParam("districtCode", south).get("/api/v1/complaints").then().statusCode(403);

        String supervisor = Fixtures.supervisor();
        Api.as(supervisor).get("/api/v1/complaints?limit=500").then().statusCode(200)
                .body("items.serviceRequestId", org.hamcrest.Matchers.hasItems(inNorth, inSouth, nowhere));
        Map<String, Object> unrouted = Api.as(supervisor).get("/api/v1/complaints?limit=500").then().extract()
                .<List<Map<String, Object>>>path("items").stream().filter(item -> nowhere.equals(item.get("serviceRequestId")))
                .findFirst().orElseThrow();
        assertThat(unrouted).doesNotContainKey("districtCode");
        assertThat(text(open311(nowhere), "agency_responsible")).isEmpty();

        String id = (String) unrouted.get("id");
        Api.as(northInspector).get("/api/v1/complaints/{id}", id).then().statusCode(404);
        Api.as(supervisor).body(Map.of("districtCode", north)).post("/api/v1/complaints/{id}/route", id).then().statusCode(200)
                .body("districtCode", equalTo(north));
        assertThat(queued(northInspector, north, nowhere)).isNotNull();
        Api.as(Fixtures.clerk(Fixtures.lot(north, 5))).get("/api/v1/complaints").then().statusCode(403);
    }

    @Test
    void theNearestComeFirstWhenTheInspectorSaysWhereTheyStand() {
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String key = Complaints.apiKey("distance");
        String far = file(key, "DOUBLE_PARKING", square.at(900, 900));
        String near = file(key, "DOUBLE_PARKING", square.at(120, 100));
        String inspector = Fixtures.inspector(district);
        double[] here = square.at(100, 100);
        List<Map<String, Object>> items = Api.as(inspector).queryParam("lat", here[0]).queryParam("lon", here[1])
                .get("/api/v1/complaints").then().statusCode(200).extract().path("items");
        assertThat(items).extracting(item -> item.get("serviceRequestId")).containsExactly(near, far);
        assertThat(((Number) items.get(0).get("distanceMeters")).doubleValue()).isBetween(15.0, 25.0);
        List<Object> oldestFirst = Api.as(inspector).get("/api/v1/complaints").then().extract().path("items.serviceRequestId");
        assertThat(oldestFirst).containsExactly(far, near);
        Api.misbehavingAs(inspector).queryParam("lat", 10).get("/api/v1/complaints").then().statusCode(400);
    }

    @Test
    void aSecondReportOfTheSameObstructionJoinsTheFirst() {
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String key = Complaints.apiKey("duplicates");
        String first = file(key, "SIDEWALK_PARKING", square.at(200, 200));
        String again = file(key, "SIDEWALK_PARKING", square.at(230, 220));
        String otherKind = file(key, "RAMP_BLOCKING", square.at(200, 200));
        String furtherOn = file(key, "SIDEWALK_PARKING", square.at(200, 270));
        assertThat(again).isEqualTo(first);
        assertThat(otherKind).isNotEqualTo(first);
        assertThat(furtherOn).isNotEqualTo(first);

        String supervisor = Fixtures.supervisor();
        assertThat(queued(supervisor, district, first)).containsEntry("reportCount", 2);
        String id = (String) queued(supervisor, district, first).get("id");
        Api.as(supervisor).get("/api/v1/complaints/{id}", id).then().statusCode(200)
                .body("trail.action", contains("COMPLAINT_RECEIVED", "COMPLAINT_REPORT_JOINED"));
    }

    @Test
    void parallelReportsOfOnePlaceMakeOneComplaint() throws Exception {
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String key = Complaints.apiKey("crowd");
        int reporters = 8;
        List<String> ids = Parallel.run(reporters, i -> file(key, "CROSSWALK_BLOCKING", square.at(400 + i, 400)));
        Set<String> distinct = new HashSet<>(ids);
        assertThat(distinct).hasSize(1);
        assertThat(queued(Fixtures.supervisor(), district, ids.get(0))).containsEntry("reportCount", reporters);
    }

    @Test
    void anInspectorRegistersTheCarForTheComplaintItIsTowedAndTheReporterReadsClosed() {
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String lot = Fixtures.lot(district, 5);
        String key = Complaints.apiKey("towing");
        String serviceRequestId = file(key, "SIDEWALK_PARKING", square.at(300, 300));
        String inspector = Fixtures.inspector(district);
        String complaintId = (String) queued(inspector, district, serviceRequestId).get("id");
        String receivedAt = text(open311(serviceRequestId), "updated_datetime");

        Fixtures.tariffInForce();
        Map<String, Object> body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        body.put("complaintId", complaintId);
        String violationId = Api.as(inspector).body(body).post("/api/v1/violations").then().statusCode(201).extract().path("id");
        Api.as(inspector).get("/api/v1/complaints/{id}", complaintId).then().statusCode(200)
                .body("violationId", equalTo(violationId)).body("status", equalTo("OPEN"));
        assertThat(text(open311(serviceRequestId), "status")).isEqualTo("open");
        assertThat(text(open311(serviceRequestId), "status_notes")).isEqualTo("An inspector found the vehicle and registered the violation.");

        Api.as(inspector).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", violationId).then().statusCode(201);
        Api.as(inspector).get("/api/v1/complaints/{id}", complaintId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("TOWED"))
                .body("trail.action", contains("COMPLAINT_RECEIVED", "COMPLAINT_VIOLATION_LINKED", "COMPLAINT_CLOSED"));
        Element read = open311(serviceRequestId);
        assertThat(text(read, "status")).isEqualTo("closed");
        assertThat(text(read, "status_notes")).isEqualTo("The vehicle was towed away.");
        assertThat(text(read, "updated_datetime")).isGreaterThanOrEqualTo(receivedAt);
        String asJson = Open311Client.app().get("/open311/v2/requests/{id}.json", serviceRequestId).then().statusCode(200).extract().asString();
        Open311Client.assertMatchesSchema("requests.json", asJson);
        assertThat(asJson).contains("\"status\":\"closed\"").doesNotContain("ب").doesNotContain(inspector);

        String updates = Open311Client.app().get("/open311/v2/servicerequestupdates.xml?api_key={key}", key).then().statusCode(200)
                .contentType("text/xml").extract().asString();
        Element root = Complaints.xml(updates).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_request_updates");
        List<Element> mine = children(root).stream().filter(update -> text(update, "service_request_id").equals(serviceRequestId)).toList();
        assertThat(mine).hasSize(2);
        assertThat(Complaints.childNames(mine.get(1)))
                .containsExactly("update_id", "service_request_id", "status", "updated_datetime", "description", "media_url");
        assertThat(text(mine.get(0), "status")).isEqualTo("open");
        assertThat(text(mine.get(1), "status")).isEqualTo("closed");
        assertThat(text(mine.get(1), "description")).isEqualTo("The vehicle was towed away.");
        assertThat(text(mine.get(1), "updated_datetime")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+03:30");
        Open311Client.app().get("/open311/v2/servicerequestupdates.xml").then().statusCode(403);
        Open311Client.app().get("/open311/v2/servicerequestupdates.xml?api_key=cw_wrong").then().statusCode(403);
    }

    @Test
    void aViolationLinkedAfterwardsAndSettledOnTheSpotClosesTheComplaint() {
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String key = Complaints.apiKey("settling");
        String serviceRequestId = file(key, "DRIVEWAY_BLOCKING", square.at(600, 600));
        String inspector = Fixtures.inspector(district);
        String complaintId = (String) queued(inspector, district, serviceRequestId).get("id");
        String violationId = Fixtures.register(inspector, district).path("id");

        String stranger = Fixtures.inspector(Fixtures.district());
        Api.as(stranger).body(Map.of("violationId", violationId)).post("/api/v1/complaints/{id}/violations", complaintId)
                .then().statusCode(404);
        Api.as(inspector).body(Map.of("violationId", violationId)).post("/api/v1/complaints/{id}/violations", complaintId)
                .then().statusCode(200).body("violationId", equalTo(violationId));
        Api.as(inspector).body(Map.of("violationId", violationId)).post("/api/v1/complaints/{id}/violations", complaintId)
                .then().statusCode(409);
        Api.as(inspector).body(Map.of("amount", StandardTariff.FINE_SIDEWALK, "method", "CARD"))
                .post("/api/v1/violations/{id}/settle", violationId).then().statusCode(200);
        Api.as(inspector).get("/api/v1/complaints/{id}", complaintId).then().body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("SETTLED"));
        assertThat(text(open311(serviceRequestId), "status_notes")).isEqualTo("The owner paid the fine on the spot and moved the vehicle.");
    }

    @Test
    void aComplaintWithNothingFoundIsClosedOnceAndTheReporterIsTold() {
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String key = Complaints.apiKey("not found");
        String serviceRequestId = file(key, "FIRE_ACCESS_BLOCKING", square.at(700, 700));
        String inspector = Fixtures.inspector(district);
        String complaintId = (String) queued(inspector, district, serviceRequestId).get("id");

        Api.as(Fixtures.auditor()).body(Map.of("reason", "Auditors change nothing")).post("/api/v1/complaints/{id}/close", complaintId)
                .then().statusCode(403);
        Api.as(inspector).body(Map.of("reason", "Nothing parked there at 10:40")).post("/api/v1/complaints/{id}/close", complaintId)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("NOT_FOUND"))
                .body("closedBy", equalTo(inspector)).body("closeReason", equalTo("Nothing parked there at 10:40"));
        Api.as(inspector).body(Map.of("reason", "again")).post("/api/v1/complaints/{id}/close", complaintId)
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:illegal-transition"));
        Element read = open311(serviceRequestId);
        assertThat(text(read, "status")).isEqualTo("closed");
        assertThat(text(read, "status_notes")).isEqualTo("An inspector went to the place and found no vehicle obstructing it.");
        assertThat(queued(inspector, district, serviceRequestId)).as("gone from the open queue").isNull();
        Api.as(inspector).queryParam("status", "CLOSED").get("/api/v1/complaints").then()
                .body("items.serviceRequestId", hasItem(serviceRequestId));
    }

    @Test
    void aRegistrationNamingAComplaintOutsideTheInspectorsReachRegistersNothing() {
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String key = Complaints.apiKey("elsewhere");
        String serviceRequestId = file(key, "SIDEWALK_PARKING", square.at(800, 800));
        String complaintId = (String) queued(Fixtures.supervisor(), district, serviceRequestId).get("id");
        String otherDistrict = Fixtures.district();
        String stranger = Fixtures.inspector(otherDistrict);
        Fixtures.tariffInForce();
        Fixtures.PlateText plate = Fixtures.plate();
        Map<String, Object> body = Fixtures.violationBody(otherDistrict, plate.spelled());
        body.put("complaintId", complaintId);
        Api.as(stranger).body(body).post("/api/v1/violations").then().statusCode(422).body("errors[0].field", equalTo("complaintId"));
        Api.as(Fixtures.auditor()).queryParam("plate", plate.canonical()).get("/api/v1/violations").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        Api.as(Fixtures.supervisor()).get("/api/v1/complaints/{id}", complaintId).then().body("violationId", nullValue());
    }

    @Test
    void photosComeAsMultipartPartsAndMustBeImages() {
        Square square = Complaints.newSquare();
        String key = Complaints.apiKey("photos");
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        double[] point = square.at(50, 50);
        Response filed = Open311Client.careless().multiPart("api_key", key).multiPart("service_code", "SIDEWALK_PARKING")
                .multiPart("lat", Double.toString(point[0])).multiPart("long", Double.toString(point[1]))
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder("با عکس").controlName("description").charset("UTF-8").build())
                .multiPart("photo1", "car.png", png, "image/png")
                .post("/open311/v2/requests.json");
        assertThat(filed.statusCode()).as(filed.asString()).isEqualTo(200);
        String serviceRequestId = filed.path("[0].service_request_id");
        String id = (String) Api.as(Fixtures.supervisor()).get("/api/v1/complaints?limit=500").then().extract()
                .<List<Map<String, Object>>>path("items").stream().filter(item -> serviceRequestId.equals(item.get("serviceRequestId")))
                .findFirst().orElseThrow().get("id");
        String supervisor = Fixtures.supervisor();
        String sha256 = Api.as(supervisor).get("/api/v1/complaints/{id}", id).then().body("photos", org.hamcrest.Matchers.hasSize(1))
                .body("photos[0].contentType", equalTo("image/png")).body("description", equalTo("با عکس"))
                .extract().path("photos[0].sha256");
        byte[] served = Api.as(supervisor).accept("image/png").get("/api/v1/complaints/{id}/photos/{sha256}", id, sha256)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(served).isEqualTo(png);
        Api.as(Fixtures.inspector(Fixtures.district())).accept("image/png").get("/api/v1/complaints/{id}/photos/{sha256}", id, sha256)
                .then().statusCode(404);

        Open311Client.careless().multiPart("api_key", key).multiPart("service_code", "SIDEWALK_PARKING")
                .multiPart("lat", Double.toString(point[0])).multiPart("long", Double.toString(point[1]))
                .multiPart("photo1", "car.png", "not an image".getBytes(), "image/png")
                .post("/open311/v2/requests.xml").then().statusCode(400);
    }
}

package city.clearway.complaint;

import city.clearway.support.Complaints.Square;
import city.clearway.support.Complaints;
import city.clearway.support.Fixtures;
import city.clearway.support.Open311Client;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Map;

import static city.clearway.support.Complaints.childNames;
import static city.clearway.support.Complaints.children;
import static city.clearway.support.Complaints.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A civic app's calls, as FixMyStreet makes them, compared with the GeoReport v2 specification's examples: root
 * elements, element names and their order, W3C dates with the city's offset, and the JSON schemas.
 */
@QuarkusTest
class Open311Test {

    private static final String W3C_TEHRAN = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+03:30";
    private static final List<String> REQUEST_ELEMENTS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
            "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

    @Test
    void discoveryNamesTheEndpointAndBothFormats() {
        Document xml = Complaints.xml(Open311Client.app().get("/open311/v2/discovery.xml?jurisdiction_id=tabriz.ir")
                .then().statusCode(200).contentType("text/xml").extract().asString());
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("discovery");
        assertThat(childNames(root)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element endpoint = children(children(root).get(3)).get(0);
        assertThat(childNames(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(endpoint, "url")).endsWith("/open311/v2/");
        assertThat(childNames(children(endpoint).get(4))).containsExactly("format", "format");

        Open311Client.app().get("/open311/v2/discovery.json").then().statusCode(200).contentType("application/json")
                .body("endpoints[0].formats", equalTo(List.of("text/xml", "application/json")));
    }

    @Test
    void oneServicePerViolationTypeEachAskingForThePlate() {
        String xmlText = Open311Client.app().get("/open311/v2/services.xml").then().statusCode(200).extract().asString();
        assertThat(xmlText).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        Element root = Complaints.xml(xmlText).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("services");
        assertThat(children(root)).hasSize(7);
        Element first = children(root).get(0);
        assertThat(childNames(first)).containsExactly("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(text(first, "service_code")).isEqualTo("SIDEWALK_PARKING");
        assertThat(text(first, "service_name")).isEqualTo("Parking on the sidewalk");
        assertThat(text(first, "metadata")).isEqualTo("true");
        assertThat(text(first, "type")).isEqualTo("realtime");

        String json = Open311Client.app().get("/open311/v2/services.json").then().statusCode(200).extract().asString();
        Open311Client.assertMatchesSchema("services.json", json);
        assertThat(json).contains("\"metadata\":true");
        Open311Client.app().header("Accept-Language", "fa").get("/open311/v2/services.json").then()
                .body("find { it.service_code == 'RAMP_BLOCKING' }.service_name", equalTo("سد سطح شیب‌دار معلولان"));

        Element definition = Complaints.xml(Open311Client.app().get("/open311/v2/services/SIDEWALK_PARKING.xml")
                .then().statusCode(200).extract().asString()).getDocumentElement();
        assertThat(definition.getTagName()).isEqualTo("service_definition");
        assertThat(childNames(definition)).containsExactly("service_code", "attributes");
        Element plate = children(children(definition).get(1)).get(0);
        assertThat(childNames(plate)).containsExactly("variable", "code", "datatype", "required", "datatype_description", "order", "description");
        assertThat(text(plate, "code")).isEqualTo("plate");
        assertThat(text(plate, "datatype")).isEqualTo("string");
        assertThat(text(plate, "required")).isEqualTo("false");
        assertThat(text(plate, "variable")).isEqualTo("true");
        Open311Client.assertMatchesSchema("service-definition.json",
                Open311Client.app().get("/open311/v2/services/RAMP_BLOCKING.json").then().statusCode(200).extract().asString());
    }

    @Test
    void aReportIsFiledReadBackInBothFormatsAndFoundByItsToken() {
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String key = Complaints.apiKey("FixMyStreet");
        Map<String, String> form = Complaints.report(key, "SIDEWALK_PARKING", square.at(300, 300));
        form.put("address_string", "خیابان امام، تبریز");
        form.put("email", "reporter@example.org");
        form.put("first_name", "Maryam");
        form.put("last_name", "Rezaei");
        form.put("phone", "+98 914 000 0000");
        form.put("device_id", "device-77");
        form.put("account_id", "acct-12");
        form.put("media_url", "https://fixmystreet.example/photo/77.jpeg");
        form.put("attribute[plate]", "12 ب 345 ایران 67");

        String posted = Open311Client.app().contentType("application/x-www-form-urlencoded; charset=utf-8").body(Complaints.encoded(form))
                .post("/open311/v2/requests.xml").then().statusCode(200).contentType("text/xml").extract().asString();
        Element created = Complaints.xml(posted).getDocumentElement();
        assertThat(created.getTagName()).isEqualTo("service_requests");
        Element request = children(created).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(childNames(request)).containsExactly("service_request_id", "token", "service_notice");
        String id = text(request, "service_request_id");
        String token = text(request, "token");

        String xmlText = Open311Client.app().get("/open311/v2/requests/{id}.xml?jurisdiction_id=tabriz.ir", id)
                .then().statusCode(200).extract().asString();
        Element read = children(Complaints.xml(xmlText).getDocumentElement()).get(0);
        assertThat(childNames(read)).isEqualTo(REQUEST_ELEMENTS);
        assertThat(text(read, "service_request_id")).isEqualTo(id);
        assertThat(text(read, "status")).isEqualTo("open");
        assertThat(text(read, "service_code")).isEqualTo("SIDEWALK_PARKING");
        assertThat(text(read, "service_name")).isEqualTo("Parking on the sidewalk");
        assertThat(text(read, "description")).isEqualTo("خودرو روی پیاده‌رو پارک شده است");
        assertThat(text(read, "agency_responsible")).isEqualTo("District " + district);
        assertThat(text(read, "requested_datetime")).matches(W3C_TEHRAN);
        assertThat(text(read, "updated_datetime")).matches(W3C_TEHRAN);
        assertThat(text(read, "address")).isEqualTo("خیابان امام، تبریز");
        assertThat(Double.parseDouble(text(read, "lat"))).isEqualTo(Double.parseDouble(form.get("lat")));
        assertThat(text(read, "media_url")).isEqualTo("https://fixmystreet.example/photo/77.jpeg");
        assertThat(xmlText).doesNotContain("reporter@example.org", "Maryam", "Rezaei", "914 000 0000", "device-77", "acct-12", "345");

        String json = Open311Client.app().get("/open311/v2/requests/{id}.json", id).then().statusCode(200)
                .body("[0].service_request_id", equalTo(id)).body("[0].status", equalTo("open"))
                .body("[0].zipcode", equalTo(null)).extract().asString();
        Open311Client.assertMatchesSchema("requests.json", json);
        assertThat(json).doesNotContain("reporter@example.org", "Maryam", "914 000 0000");

        Element byToken = children(Complaints.xml(Open311Client.app().get("/open311/v2/tokens/{token}.xml", token)
                .then().statusCode(200).extract().asString()).getDocumentElement()).get(0);
        assertThat(childNames(byToken)).containsExactly("service_request_id", "token");
        assertThat(text(byToken, "service_request_id")).isEqualTo(id);

        Element listed = Complaints.xml(Open311Client.app().get("/open311/v2/requests.xml?service_request_id={ids}", id + ",999999999")
                .then().statusCode(200).extract().asString()).getDocumentElement();
        assertThat(children(listed)).hasSize(1);
        String recent = Open311Client.app().get("/open311/v2/requests.json?service_code=SIDEWALK_PARKING&status=open").then()
                .statusCode(200).extract().asString();
        assertThat(recent).contains("\"service_request_id\":\"" + id + "\"");
        Open311Client.assertMatchesSchema("requests.json", recent);
    }

    @Test
    void theReportJsonAnswerIsAListToo() {
        Square square = Complaints.newSquare();
        String key = Complaints.apiKey("json app");
        Open311Client.app().contentType("application/x-www-form-urlencoded").body(Complaints.encoded(Complaints.report(key, "DOUBLE_PARKING", square.at(10, 10))))
                .post("/open311/v2/requests.json").then().statusCode(200).contentType("application/json")
                .body("[0].service_request_id", org.hamcrest.Matchers.matchesPattern("\\d+"))
                .body("[0].token", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void aReportWithoutAPinGoesToTheUnroutedQueue() {
        String key = Complaints.apiKey("FixMyStreet, not pinpointed");
        String id = Complaints.xml(Open311Client.app().contentType("application/x-www-form-urlencoded")
                        .body(Complaints.encoded(Map.of("api_key", key, "service_code", "RAMP_BLOCKING", "address_id", "#NOTPINPOINTED#",
                                "description", "Ramp blocked by the bakery")))
                        .post("/open311/v2/requests.xml").then().statusCode(200).extract().asString())
                .getElementsByTagName("service_request_id").item(0).getTextContent();
        Element read = children(Complaints.xml(Open311Client.app().get("/open311/v2/requests/{id}.xml", id).then().statusCode(200)
                .extract().asString()).getDocumentElement()).get(0);
        assertThat(text(read, "agency_responsible")).isEmpty();
        assertThat(text(read, "lat")).isEmpty();
        assertThat(text(read, "address_id")).isEqualTo("#NOTPINPOINTED#");
        Open311Client.assertMatchesSchema("requests.json",
                Open311Client.app().get("/open311/v2/requests/{id}.json", id).then().statusCode(200).extract().asString());
    }

    @Test
    void refusalsAreTheSpecificationsErrorList() {
        Square square = Complaints.newSquare();
        String key = Complaints.apiKey("checked app");

        Map<String, String> noKey = Complaints.report(key, "SIDEWALK_PARKING", square.at(5, 5));
        noKey.remove("api_key");
        Element forbidden = Complaints.xml(Open311Client.app().contentType("application/x-www-form-urlencoded").body(Complaints.encoded(noKey))
                .post("/open311/v2/requests.xml").then().statusCode(403).contentType("text/xml").extract().asString()).getDocumentElement();
        assertThat(forbidden.getTagName()).isEqualTo("errors");
        Element error = children(forbidden).get(0);
        assertThat(childNames(error)).containsExactly("code", "description");
        assertThat(text(error, "code")).isEqualTo("403");
        assertThat(text(error, "description")).contains("api_key");

        Map<String, String> wrongKey = Complaints.report("cw_not-a-key", "SIDEWALK_PARKING", square.at(5, 5));
        Open311Client.app().contentType("application/x-www-form-urlencoded").body(Complaints.encoded(wrongKey)).post("/open311/v2/requests.json")
                .then().statusCode(403).body("[0].code", equalTo(403));

        Map<String, String> noService = Complaints.report(key, "SIDEWALK_PARKING", square.at(5, 5));
        noService.remove("service_code");
        Open311Client.careless().contentType("application/x-www-form-urlencoded").body(Complaints.encoded(noService)).post("/open311/v2/requests.json")
                .then().statusCode(400).body("[0].code", equalTo(400)).body("[0].description", org.hamcrest.Matchers.startsWith("service_code"));

        Map<String, String> nowhere = Complaints.report(key, "SIDEWALK_PARKING", square.at(5, 5));
        nowhere.remove("lat");
        nowhere.remove("long");
        Open311Client.app().contentType("application/x-www-form-urlencoded").body(Complaints.encoded(nowhere)).post("/open311/v2/requests.xml")
                .then().statusCode(400);
        Map<String, String> halfPlaced = Complaints.report(key, "SIDEWALK_PARKING", square.at(5, 5));
        halfPlaced.remove("long");
        Open311Client.app().contentType("application/x-www-form-urlencoded").body(Complaints.encoded(halfPlaced)).post("/open311/v2/requests.xml")
                .then().statusCode(400);
        Map<String, String> offTheGlobe = Complaints.report(key, "SIDEWALK_PARKING", new double[] {91, 10});
        Open311Client.careless().contentType("application/x-www-form-urlencoded").body(Complaints.encoded(offTheGlobe)).post("/open311/v2/requests.xml")
                .then().statusCode(400);
        Open311Client.app().contentType("application/x-www-form-urlencoded")
                .body(Complaints.encoded(Complaints.report(key, "BADGER", square.at(5, 5)))).post("/open311/v2/requests.xml").then().statusCode(404);

        Open311Client.app().get("/open311/v2/requests/{id}.xml", "999999999").then().statusCode(404).contentType("text/xml");
        Open311Client.app().get("/open311/v2/requests/{id}.json", "999999999").then().statusCode(404).body("[0].code", equalTo(404));
        Open311Client.app().get("/open311/v2/tokens/{token}.json", "0123456789abcdef").then().statusCode(404);
        Open311Client.app().get("/open311/v2/services/NOT_A_SERVICE.json").then().statusCode(404);
        Open311Client.app().get("/open311/v2/requests.json?start_date=yesterday").then().statusCode(400);
        Open311Client.app().get("/open311/v2/requests.json?status=pending").then().statusCode(400);
        Open311Client.app().get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z")
                .then().statusCode(400);
        Response unknown = Open311Client.careless().get("/open311/v2/requests.csv");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Complaints.xml(unknown.asString()).getDocumentElement().getTagName()).isEqualTo("errors");
    }

    @Test
    void aRevokedKeyIsRefused() {
        Square square = Complaints.newSquare();
        Response made = city.clearway.support.Api.as(Fixtures.ADMIN).body(Map.of("name", "to revoke")).post("/api/v1/api-keys")
                .then().statusCode(201).extract().response();
        city.clearway.support.Api.as(Fixtures.ADMIN).post("/api/v1/api-keys/{id}/revoke", made.<String>path("id")).then().statusCode(200);
        Open311Client.app().contentType("application/x-www-form-urlencoded")
                .body(Complaints.encoded(Complaints.report(made.path("key"), "SIDEWALK_PARKING", square.at(5, 5))))
                .post("/open311/v2/requests.xml").then().statusCode(403);
    }
}

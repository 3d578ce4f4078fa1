package city.clearway.common;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Every refusal is an RFC 9457 problem with a stable type, in the caller's language, and changes nothing. */
@QuarkusTest
class ProblemDetailsTest {

    private String district;
    private String inspector;

    @BeforeEach
    void city() {
        district = Fixtures.district();
        inspector = Fixtures.inspector(district);
        Fixtures.tariffInForce();
    }

    @Test
    void malformedJsonIs400() {
        Api.misbehavingAs(inspector).body("{\"plate\": \"12 ب 345 ایران 67\", ").post("/api/v1/violations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:clearway:problem:malformed-request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/violations"));
    }

    @Test
    void missingCredentialsAre401WithAChallenge() {
        Api.anonymous().get("/api/v1/districts")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("asic"))
                .body("type", equalTo("urn:clearway:problem:unauthenticated"));
        Api.anonymous().auth().preemptive().basic(inspector, "not-the-password").get("/api/v1/districts")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403() {
        Api.misbehavingAs(inspector).body(Map.of("code", "ZZZ99", "name", "Nope")).post("/api/v1/districts")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:clearway:problem:forbidden"));
        Api.as(Fixtures.ADMIN).get("/api/v1/districts/{code}", "ZZZ99").then().statusCode(404);
    }

    @Test
    void unknownIdIs404AndAnUnreadableIdToo() {
        Api.as(inspector).get("/api/v1/violations/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:clearway:problem:not-found"));
        Api.misbehavingAs(inspector).get("/api/v1/violations/{id}", "not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void ruleBrokenIs422NamingEveryFailingField() {
        Map<String, Object> body = Fixtures.violationBody(district, "not a plate at all!");
        body.put("location", Map.of("lat", 123.0, "lon", 46.2));
        body.remove("vehicleClass");
        Response problem = Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:clearway:problem:validation"))
                .extract().response();
        assertThat(problem.<java.util.List<String>>path("errors.field")).contains("location.lat", "vehicleClass");
    }

    @Test
    void unknownReferencesAre422() {
        Map<String, Object> body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        body.put("districtCode", "NOP00");
        Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                .then().statusCode(422).body("errors[0].field", equalTo("districtCode"));
        body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        body.put("violationType", "LOITERING");
        Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                .then().statusCode(422).body("errors[0].field", equalTo("violationType"))
                .body("errors[0].message", containsString("SIDEWALK_PARKING"));
        body = Fixtures.violationBody(district, "@@@");
        Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                .then().statusCode(422).body("errors[0].field", equalTo("plate"));
    }

    @Test
    void fieldsTheCallerMayNotSetAreRefusedNotIgnored() {
        for (String field : new String[] {"status", "ticketNumber", "registeredAt", "inspector", "fine"}) {
            Map<String, Object> body = new HashMap<>(Fixtures.violationBody(district, Fixtures.plate().spelled()));
            body.put(field, field.equals("fine") ? Map.of("amount", 0) : "RELEASED");
            Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                    .then().statusCode(422).body("errors.field", hasItem(field)).body("errors[0].message", equalTo("may not be set"));
        }
        Api.as(inspector).queryParam("inspector", inspector).get("/api/v1/violations").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void amountsAreWholeRialsAndNeverRoundedSilently() {
        String lot = Fixtures.lot(district, 3);
        String clerk = Fixtures.clerk(lot);
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        for (Object amount : new Object[] {1000.5, "1000", 0, -5}) {
            Api.misbehavingAs(clerk).body(Map.of("amount", amount, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impound)
                    .then().statusCode(422).body("errors[0].field", equalTo("amount"));
        }
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().body("paid", equalTo(0));
    }

    @Test
    void persianCallersReadPersian() {
        Api.misbehavingAs(inspector).header("Accept-Language", "fa-IR, en;q=0.5").get("/api/v1/violations/{id}", UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", "fa")
                .body("title", equalTo("یافت نشد"))
                .body("detail", containsString("تخلفی"));
        Api.misbehavingAs(inspector).header("Accept-Language", "fa").body(Fixtures.violationBody(district, "!!"))
                .post("/api/v1/violations")
                .then().statusCode(422).body("errors[0].message", containsString("پلاک"));
    }

    @Test
    void aMalformedAcceptLanguageIsReadAsFarAsItCanBeNeverA500() {
        for (String header : new String[] {"fa;q=abc", "en;q=2", "*;q=", ";;;", "fa-IR;q=0.9, en;q=abc", "\u200f"}) {
            Api.misbehavingAs(inspector).header("Accept-Language", header).get("/api/v1/violations/{id}", UUID.randomUUID())
                    .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
            Api.misbehavingAs(inspector).header("Accept-Language", header).body(Fixtures.violationBody(district, "!!"))
                    .post("/api/v1/violations")
                    .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("plate"));
            Api.anonymous().header("Accept-Language", header).get("/api/v1/districts")
                    .then().statusCode(401).contentType("application/problem+json");
            io.restassured.RestAssured.given().auth().preemptive().basic(inspector, Fixtures.password(inspector))
                    .header("Accept-Language", header).get("/api/v1/no-such-thing")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        Api.misbehavingAs(inspector).header("Accept-Language", "fa;q=abc, fa-IR;q=0.9, en;q=0.5").get("/api/v1/violations/{id}", UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", "fa");
    }

    @Test
    void anEnumAUuidOrATimeWithSpacesAroundIsRefusedNotTrimmed() {
        Map<String, Object> body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        body.put("vehicleClass", " CAR");
        Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                .then().statusCode(422).body("errors[0].field", equalTo("vehicleClass"));
        body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        body.put("id", "\u0000");
        Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                .then().statusCode(422).body("errors[0].field", equalTo("id"));
        body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        body.put("observedAt", " " + body.get("observedAt"));
        Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                .then().statusCode(422).body("errors[0].field", equalTo("observedAt"));
        Api.as(inspector).queryParam("districtCode", district).get("/api/v1/violations").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void textWithANulOrHalfACharacterIsRefused() {
        for (String note : new String[] {"a\u0000b", "\ud800", "x\udfff", "bell\u0007"}) {
            Map<String, Object> body = Fixtures.violationBody(district, Fixtures.plate().spelled());
            body.put("note", note);
            Api.misbehavingAs(inspector).body(body).post("/api/v1/violations")
                    .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("note"));
        }
        Map<String, Object> body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        body.put("note", "سطر اول\nسطر دوم\tبا نیم‌فاصله و 🚗");
        Api.as(inspector).body(body).post("/api/v1/violations").then().statusCode(201);
    }

    @Test
    void anUnreadableContentTypeIs415AndAnUnreadableAcceptRangeIsLeftOut() throws Exception {
        for (String type : new String[] {"garbage/", "application/json;;;", "=;=", "/json"}) {
            String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                    Fixtures.violationBody(district, Fixtures.plate().spelled()));
            Api.misbehavingAs(inspector).contentType(type).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/v1/violations").then().statusCode(415).contentType("application/problem+json");
            io.restassured.RestAssured.given().auth().preemptive().basic(inspector, Fixtures.password(inspector))
                    .header("Content-Type", type).get("/api/v1/violations/{id}", UUID.randomUUID())
                    .then().statusCode(415).contentType("application/problem+json");
        }
        for (String accept : new String[] {"text/*;level=", "*/*;q=abc", ";;;", "application/json;q=2"}) {
            io.restassured.RestAssured.given().auth().preemptive().basic(inspector, Fixtures.password(inspector))
                    .header("Accept", accept).get("/api/v1/districts").then().statusCode(200);
        }
        io.restassured.RestAssured.given().auth().preemptive().basic(inspector, Fixtures.password(inspector))
                .header("Accept", "text/*;level=, text/html").get("/api/v1/districts").then().statusCode(406)
                .contentType("application/problem+json");
        Api.as(inspector).queryParam("districtCode", district).get("/api/v1/violations").then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aNulInAPathOrAQueryParameterNamesNothing() {
        io.restassured.RestAssured.given().urlEncodingEnabled(false).auth().preemptive().basic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
                .get("/api/v1/districts/TBZ%00").then().statusCode(404).contentType("application/problem+json");
        io.restassured.RestAssured.given().urlEncodingEnabled(false).auth().preemptive().basic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)
                .get("/api/v1/violations?districtCode=a%00b").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("districtCode"));
        io.restassured.RestAssured.given().urlEncodingEnabled(false).get("/api/v1/public/lookup?ticket=%00")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void noStackTraceEverLeaves() {
        String body = Api.misbehavingAs(inspector).body("[1, 2").post("/api/v1/violations").then().statusCode(400).extract().asString();
        assertThat(body).doesNotContain("at city.").doesNotContain("Exception").doesNotContain(".java");
        Api.misbehavingAs(inspector).contentType("text/plain").body("hello").post("/api/v1/violations")
                .then().statusCode(415).contentType("application/problem+json").body(not(containsString("Exception")));
    }
}

package city.clearway.security;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Office;
import city.clearway.support.OidcTokens;
import city.clearway.support.StandardTariff;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * CLEARWAY_AUTH=oidc: people signed in by the city's provider act as the built-in accounts would, with the roles,
 * district and lot their tokens carry, and nobody signs in with a password.
 */
@QuarkusTest
@TestProfile(OidcMode.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcModeTest {

    private static final String ADMIN = OidcTokens.withRoles("city-admin", List.of("ADMIN"));
    private static final String DISTRICT = "OID01";
    private static final String LOT_A = "LOT-OIDC-A";
    private static final String LOT_B = "LOT-OIDC-B";
    private static final String PROBLEM_JSON = "application/problem+json";

    @OidcWireMock
    WireMockServer provider;

    @BeforeEach
    void city() {
        if (Api.withToken(ADMIN).get("/api/v1/districts/{code}", DISTRICT).statusCode() == 404) {
            Api.withToken(ADMIN).body(Map.of("code", DISTRICT, "name", "District " + DISTRICT)).post("/api/v1/districts")
                    .then().statusCode(201);
            for (String lot : List.of(LOT_A, LOT_B)) {
                Api.withToken(ADMIN).body(Map.of("code", lot, "name", "Lot " + lot, "districtCode", DISTRICT,
                        "address", "Street " + lot, "capacity", 10)).post("/api/v1/impound-lots").then().statusCode(201);
            }
            Api.withToken(ADMIN).body(StandardTariff.body(null)).post("/api/v1/tariffs").then().statusCode(201);
        }
    }

    @Test
    void anInspectorsTokenRegistersAViolationInTheirName() {
        String token = OidcTokens.inspector("field-inspector", DISTRICT);
        Api.withToken(token).body(Fixtures.violationBody(DISTRICT, Fixtures.plate().spelled())).post("/api/v1/violations")
                .then().statusCode(201).body("inspector", equalTo("field-inspector")).body("status", equalTo("REGISTERED"));
    }

    @Test
    void anInspectorOfAnotherDistrictIsRefusedThere() {
        Api.withToken(ADMIN).body(Map.of("code", "OID02", "name", "District OID02")).post("/api/v1/districts");
        String token = OidcTokens.inspector("other-inspector", "OID02");
        RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.violationBody(DISTRICT, Fixtures.plate().spelled())).post("/api/v1/violations")
                .then().statusCode(403).contentType(containsString(PROBLEM_JSON));
    }

    @Test
    void aClerksTokenSeesOnlyTheirLot() {
        String inspector = OidcTokens.inspector("towing-inspector", DISTRICT);
        String inA = impound(inspector, LOT_A);
        String inB = impound(inspector, LOT_B);
        String clerk = OidcTokens.clerk("lot-clerk", LOT_A);

        Api.withToken(clerk).get("/api/v1/impounds").then().statusCode(200)
                .body("lotCode", everyItem(equalTo(LOT_A))).body("id", hasItem(inA)).body("id", not(hasItem(inB)));
        Api.withToken(clerk).get("/api/v1/impounds/{id}", inA).then().statusCode(200);
        Api.withToken(clerk).get("/api/v1/impounds/{id}", inB).then().statusCode(404);
    }

    @Test
    void aTokenWithoutAClearwayRoleIsForbidden() {
        String nobody = OidcTokens.withRoles("someone-of-the-city", List.of("offline_access", "default-roles-clearway"));
        Api.withToken(nobody).get("/api/v1/violations").then().statusCode(403).contentType(containsString(PROBLEM_JSON));
    }

    @Test
    void aBadExpiredOrBorrowedTokenIsUnauthorisedAsAProblem() {
        String forged = OidcTokens.inspector("forger", DISTRICT);
        String[] parts = forged.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "x." + parts[2];
        for (String token : List.of("not-a-token", tampered, OidcTokens.expired("late-inspector", List.of("INSPECTOR")),
                OidcTokens.forAnotherService("borrowed-inspector", List.of("INSPECTOR")))) {
            Api.anonymous().auth().oauth2(token).get("/api/v1/violations")
                    .then().statusCode(401).contentType(containsString(PROBLEM_JSON))
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    @Test
    void nobodySignsInWithAPassword() {
        Api.anonymous().auth().preemptive().basic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).get("/api/v1/districts")
                .then().statusCode(401).contentType(containsString(PROBLEM_JSON)).header("WWW-Authenticate", containsString("Bearer"));
        RestAssured.given().redirects().follow(false).get("/office/login")
                .then().statusCode(303).header("Location", containsString("/office"));
        RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParams(Map.of("username", Fixtures.ADMIN, "password", Fixtures.ADMIN_PASSWORD))
                .post("/office/login").then().statusCode(303).header("Set-Cookie", equalTo(null));
        // Nor changes one here: the provider keeps it.
        Api.withToken(OidcTokens.inspector("own-password", DISTRICT))
                .body(Map.of("currentPassword", "whatever-it-was", "newPassword", "a-new-long-password-9"))
                .post("/api/v1/account/password").then().statusCode(403).contentType(containsString(PROBLEM_JSON))
                .body("detail", containsString("sign-in service"));
    }

    @Test
    void theOfficeSignsInThroughTheProviderAndItsFormsStillNeedTheirToken() {
        String impound = impound(OidcTokens.inspector("office-inspector", DISTRICT), LOT_A);
        Map<String, String> session = codeFlow("desk-clerk", OidcTokens.clerk("desk-clerk", LOT_A));

        Response page = office(session).get("/office/impounds/{id}", impound);
        page.then().statusCode(200).body(containsString("desk-clerk")).body(not(containsString("href=\"/office/password\"")));
        // Signing out is a form whose answer sends the browser to the provider: the page's policy lets it go there.
        assertThat(page.header("Content-Security-Policy")).contains("form-action 'self' " + provider.baseUrl() + ";");
        String formToken = Office.formToken(page.asString());

        office(session).contentType(ContentType.URLENC)
                .formParams(Map.of("amount", "1000", "method", "CASH", "token", "pay-once"))
                .post("/office/impounds/{id}/payments", impound).then().statusCode(403);
        office(session).contentType(ContentType.URLENC)
                .formParams(Map.of("amount", "1000", "method", "CASH", "token", "pay-once", "csrf", formToken))
                .post("/office/impounds/{id}/payments", impound).then().statusCode(303);
        Api.withToken(OidcTokens.clerk("desk-clerk", LOT_A)).get("/api/v1/impounds/{id}/fees", impound)
                .then().statusCode(200).body("paid", equalTo(1000));

        Response signedOut = office(session).post("/office/logout");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.header("Location"))
                .startsWith(provider.baseUrl() + "/auth/realms/quarkus/protocol/openid-connect/end-session");
        assertThat(signedOut.getCookie("q_session")).isEmpty();
    }

    private static String impound(String inspectorToken, String lot) {
        String violation = Api.withToken(inspectorToken).body(Fixtures.violationBody(DISTRICT, Fixtures.plate().spelled()))
                .post("/api/v1/violations").then().statusCode(201).extract().path("id");
        return Api.withToken(inspectorToken).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", violation)
                .then().statusCode(201).extract().path("id");
    }

    /**
     * Walks the authorization-code flow as a browser would: the office sends it to the provider, the provider back
     * with a code, which the office exchanges for these tokens; returns the cookies of the signed-in browser.
     */
    private Map<String, String> codeFlow(String username, String accessToken) {
        provider.stubFor(WireMock.post("/auth/realms/quarkus/token")
                .withRequestBody(WireMock.containing("authorization_code"))
                .willReturn(WireMock.okJson("{\"access_token\":\"" + accessToken + "\",\"id_token\":\""
                        + OidcTokens.withRoles(username, List.of()) + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));

        Response toProvider = RestAssured.given().redirects().follow(false).accept(ContentType.HTML).get("/office");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        URI authorize = URI.create(toProvider.header("Location"));
        assertThat(authorize.toString()).startsWith(provider.baseUrl() + "/auth/realms/quarkus");
        Map<String, String> cookies = new HashMap<>(toProvider.getCookies());

        Map<String, String> query = query(authorize);
        Response fromProvider = RestAssured.given().redirects().follow(false)
                .queryParam("redirect_uri", query.get("redirect_uri")).queryParam("state", query.get("state"))
                .get(provider.baseUrl() + "/login");
        assertThat(fromProvider.statusCode()).isEqualTo(302);

        Response signedIn = RestAssured.given().redirects().follow(false).cookies(cookies).get(fromProvider.header("Location"));
        assertThat(signedIn.statusCode()).as(signedIn.asString()).isEqualTo(302);
        cookies.putAll(signedIn.getCookies());
        cookies.values().removeIf(String::isEmpty);
        assertThat(cookies).containsKey("q_session");
        return cookies;
    }

    private static RequestSpecification office(Map<String, String> cookies) {
        return RestAssured.given().redirects().follow(false).cookies(cookies).accept(ContentType.HTML);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            query.put(nameAndValue[0], URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "", StandardCharsets.UTF_8));
        }
        return query;
    }
}

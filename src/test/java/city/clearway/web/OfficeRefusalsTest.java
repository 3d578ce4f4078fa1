package city.clearway.web;

import city.clearway.security.OfficeSessions;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Whatever a browser, or something posing as one, sends to the office pages is answered with a readable page or a
 * redirect, never a server error, and nothing it sends can forge a line in the log.
 */
@QuarkusTest
class OfficeRefusalsTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getParameters() == null ? record.getMessage()
                    : String.format(record.getMessage().replace("{0}", "%s"), record.getParameters());
            logged.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private String district;
    private String lot;
    private String clerk;
    private String auditor;

    @BeforeEach
    void city() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 3);
        clerk = Fixtures.clerk(lot);
        auditor = Fixtures.auditor();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void anUnknownOfficePathIsAPageNamingWhoIsSignedIn() {
        String session = Office.signIn(auditor).session();
        for (String path : List.of("/office/nope", "/office/impounds/not-an-id", "/office/violations/1/2/3", "/office/%E2%80%8F")) {
            Office.browser(session).get(path).then().statusCode(404).contentType(containsString("text/html"))
                    .body(containsString(auditor)).body(not(containsString("urn:clearway:problem")));
        }
        for (String path : List.of("/office/nope", "/office/%E2%80%8F", "/office/static/nope.css")) {
            RestAssured.given().redirects().follow(false).accept("text/html").get(path)
                    .then().statusCode(404).contentType(containsString("text/html"));
        }
        // A page that exists for someone signed in asks a stranger to sign in first, whatever its id.
        RestAssured.given().redirects().follow(false).accept("text/html").get("/office/impounds/not-an-id")
                .then().statusCode(302).header("Location", containsString("/office/login"));
        Office.browser(session).post("/office/nope").then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void anOfficePageAskedForAsJsonIsStillAPage() {
        String session = Office.signIn(auditor).session();
        for (String path : List.of("/office", "/office/", "/office/violations", "/office/audit")) {
            Office.browser(session).accept("application/json").get(path)
                    .then().statusCode(406).contentType(containsString("text/html")).body(containsString(auditor));
        }
        RestAssured.given().accept("application/json").get("/office/login").then().statusCode(406).contentType(containsString("text/html"));
    }

    @Test
    void aMalformedOriginIsACrossSiteFormAndChangesNothing() {
        String inspector = Fixtures.inspector(district);
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        String session = Office.signIn(clerk).session();
        for (String origin : List.of("http://[::1", "ht tp://x", "http://%zz", "://", "http://evil.example", "null")) {
            // With the session's own form token: the origin alone refuses it.
            Office.browser(session).header("Origin", origin).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("amount", "1000", "method", "CASH", "token", "t-" + origin.hashCode(),
                            "csrf", OfficeSessions.formToken(session)))
                    .post("/office/impounds/{id}/payments", impound)
                    .then().statusCode(403).contentType(containsString("text/html"));
            RestAssured.given().redirects().follow(false).header("Origin", origin).post("/office/logout")
                    .then().statusCode(403).contentType(containsString("text/html"));
        }
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().statusCode(200).body("paid", equalTo(0));
    }

    @Test
    void anOfficeFormPastTheLimitsOrWithANulIsRefusedAndChangesNothing() {
        String inspector = Fixtures.inspector(district);
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        String supervisor = Fixtures.supervisor();
        String session = Office.signIn(supervisor).session();
        for (Map<String, String> hold : List.of(
                Map.of("authority", "POLICE", "holdReason", "x".repeat(5000)),
                Map.of("authority", "POLICE", "holdReason", "Court order", "holdReference", "x".repeat(5000)),
                Map.of("authority", "POLICE", "holdReason", "a\u0000b"),
                Map.of("authority", "POLICE", "holdReason", "Court order", "holdReference", "\u0000"))) {
            int status = Office.browser(session).contentType("application/x-www-form-urlencoded").formParams(hold)
                    .formParam("csrf", OfficeSessions.formToken(session))
                    .post("/office/impounds/{id}/holds", impound)
                    .then().contentType(containsString("text/html")).extract().statusCode();
            assertThat(status).as("%s", hold.keySet()).isIn(200, 413, 422);
        }
        Api.as(supervisor).get("/api/v1/impounds/{id}", impound).then().statusCode(200).body("holds.size()", equalTo(0));
    }

    @Test
    void anUnknownNoticeOnTheImpoundPageIsLeftOut() {
        String inspector = Fixtures.inspector(district);
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        String session = Office.signIn(clerk).session();
        for (String done : List.of("nope", "🚗", "payment")) {
            Office.browser(session).queryParam("done", done).get("/office/impounds/{id}", impound)
                    .then().statusCode(200).contentType(containsString("text/html"));
        }
        Office.browser(session).queryParam("done", "\u0000").get("/office/impounds/{id}", impound)
                .then().statusCode(400).contentType(containsString("text/html"));
    }

    @Test
    void theLanguageSwitchGoesBackOnlyToAnOfficePageAndLogsNothingItWasSent() {
        Map<String, String> backs = Map.of(
                "/office/impounds", "/office/impounds",
                "/office/a b", "/office",
                "/office/a\r\n12:00:00 INFO  [forged] FORGED LOG LINE", "/office",
                "//evil.example/office", "/office",
                "http://evil.example/office", "/office",
                "/office/../q/health", "/office",
                "/office?x=<script>", "/office");
        backs.forEach((back, expected) -> {
            String location = RestAssured.given().redirects().follow(false).queryParam("back", back).get("/office/lang/en")
                    .then().statusCode(303).extract().header("Location");
            assertThat(location).as("back=%s", back).endsWith(expected).doesNotContain("\r").doesNotContain("\n");
        });
        assertThat(logged).noneMatch(line -> line.contains("FORGED LOG LINE"));
    }
}

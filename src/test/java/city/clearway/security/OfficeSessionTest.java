package city.clearway.security;

import city.clearway.common.TimeSource;
import city.clearway.support.Fixtures;
import city.clearway.support.Office;
import city.clearway.support.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Office sessions cannot be forged or outlived (PRODUCT §7): they live on the server, a sign-out ends them there, and
 * every form carries a token the session alone can give, whatever the request's {@code Origin} says.
 */
@QuarkusTest
class OfficeSessionTest {

    private final TestClock clock = new TestClock();
    private String clerk;

    @BeforeEach
    void aClerk() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        clerk = Fixtures.clerk(Fixtures.lot(Fixtures.district(), 5));
    }

    @Test
    void signingInSetsAnHttpOnlyStrictCookieThatOpensThePages() {
        Response signedIn = Office.attemptSignIn(clerk, Fixtures.password(clerk), null);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/office");
        String cookie = signedIn.getHeaders().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(Office.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/office").doesNotContain("Secure");

        Office office = Office.signIn(clerk);
        assertThat(office.get("/office/impounds").statusCode()).isEqualTo(200);
    }

    @Test
    void cookiesAreSecureWhenServedOverHttps() {
        Response page = RestAssured.given().redirects().follow(false).header("X-Forwarded-Proto", "https").get("/office/login");
        String token = Office.formToken(page.asString());
        Response signedIn = RestAssured.given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .cookie(Office.SIGN_IN_COOKIE, page.getCookie(Office.SIGN_IN_COOKIE)).contentType(ContentType.URLENC)
                .formParams(Map.of("username", clerk, "password", Fixtures.password(clerk), "csrf", token))
                .post("/office/login");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.getHeaders().getValues("Set-Cookie"))
                .filteredOn(value -> value.startsWith(Office.SESSION_COOKIE + "=")).singleElement().asString().contains("Secure");
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        Office office = Office.signIn(clerk);
        Response out = office.submit("/office/logout", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/office/login");

        // The old cookie, kept by an attacker or a shared computer, opens nothing any more.
        Response again = office.get("/office/impounds");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.header("Location")).endsWith("/office/login");
    }

    @Test
    void aSessionEndsAfterHalfAnHourUnused() {
        Office office = Office.signIn(clerk);
        clock.advance(Duration.ofMinutes(20));
        assertThat(office.get("/office/impounds").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(office.get("/office/impounds").statusCode()).as("used 29 minutes ago").isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));
        assertThat(office.get("/office/impounds").statusCode()).as("unused for 31 minutes").isEqualTo(302);
    }

    @Test
    void aForgedCookieOpensNothing() {
        Response forged = RestAssured.given().redirects().follow(false).cookie(Office.SESSION_COOKIE, "forged-session-token")
                .get("/office/impounds");
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.header("Location")).endsWith("/office/login");
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedWhateverItsOrigin() {
        Office office = Office.signIn(clerk);
        String anotherSession = Office.signIn(clerk).formToken();
        for (Map<String, String> form : new Map[] {Map.of(), Map.of("csrf", ""), Map.of("csrf", "x"), Map.of("csrf", anotherSession)}) {
            for (String origin : new String[] {null, "null", "http://localhost:8081", "https://evil.example"}) {
                var request = office.request().contentType(ContentType.URLENC).formParams(form);
                if (origin != null) {
                    request.header("Origin", origin);
                }
                Response refused = request.post("/office/logout");
                assertThat(refused.statusCode()).as("form %s from %s", form, origin).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("text/html");
            }
        }
        assertThat(office.get("/office/impounds").statusCode()).as("the refused sign-outs ended nothing").isEqualTo(200);
    }

    @Test
    void theSignInFormNeedsItsOwnToken() {
        Response page = RestAssured.given().get("/office/login");
        Response withoutCookie = RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParams(Map.of("username", clerk, "password", Fixtures.password(clerk), "csrf", Office.formToken(page.asString())))
                .post("/office/login");
        assertThat(withoutCookie.statusCode()).isEqualTo(403);
        Response withoutField = RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(Office.SIGN_IN_COOKIE, page.getCookie(Office.SIGN_IN_COOKIE))
                .formParams(Map.of("username", clerk, "password", Fixtures.password(clerk)))
                .post("/office/login");
        assertThat(withoutField.statusCode()).isEqualTo(403);
        assertThat(withoutField.getCookie(Office.SESSION_COOKIE)).isNull();
    }

    @Test
    void aWrongPasswordShowsTheFormAgain() {
        Response failed = Office.attemptSignIn(clerk, "not the password at all", "198.51.100.7");
        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(failed.getCookie(Office.SESSION_COOKIE)).isNull();
        assertThat(failed.asString()).contains("role=\"alert\"");
    }
}

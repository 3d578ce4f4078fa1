package city.clearway.support;

import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office pages as a browser uses them, without a browser: signs in through the sign-in form, keeps the session
 * cookie, and sends forms with the token the page they came from carries, as a person clicking would.
 */
public final class Office {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    public static final String SESSION_COOKIE = "clearway-session";
    public static final String SIGN_IN_COOKIE = "clearway-sign-in";
    private static final RestAssuredConfig NO_REDIRECTS = RestAssured.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    private final String session;

    private Office(String session) {
        this.session = session;
    }

    /** Signs in with the account's test password; fails the test when that does not open a session. */
    public static Office signIn(String username) {
        return signIn(username, Fixtures.password(username));
    }

    public static Office signIn(String username, String password) {
        Response signedIn = attemptSignIn(username, password, null);
        assertThat(signedIn.statusCode()).as("sign-in of %s", username).isEqualTo(303);
        String session = signedIn.getCookie(SESSION_COOKIE);
        assertThat(session).isNotBlank();
        return new Office(session);
    }

    /** One try of the sign-in form, from {@code address} (sent as X-Forwarded-For when not null). */
    public static Response attemptSignIn(String username, String password, String address) {
        RequestSpecification page = anonymous(address);
        Response form = page.get("/office/login");
        String token = formToken(form.asString());
        return anonymous(address).cookie(SIGN_IN_COOKIE, form.getCookie(SIGN_IN_COOKIE))
                .contentType(ContentType.URLENC)
                .formParams(Map.of("username", username, "password", password, "csrf", token))
                .post("/office/login");
    }

    public String session() {
        return session;
    }

    /** A page of the office, as the signed-in reader. */
    public Response get(String path, Object... pathParams) {
        return request().get(path, pathParams);
    }

    /** Sends a form as an office page would: with the session's form token, read off a page that carries it. */
    public Response submit(String action, Map<String, ?> fields) {
        Map<String, Object> form = new LinkedHashMap<>(fields);
        form.put("csrf", formToken());
        return post(action, form);
    }

    /** The form token of this session, as every office page's forms carry it. */
    public String formToken() {
        return formToken(get("/office/password").asString());
    }

    /** Sends exactly these fields, token or not. */
    public Response post(String action, Map<String, ?> fields) {
        return request().contentType(ContentType.URLENC).formParams(fields).post(action);
    }

    /** A browser signed in with that session, asking for pages. */
    public static RequestSpecification browser(String session) {
        return RestAssured.given().config(NO_REDIRECTS).cookie(SESSION_COOKIE, session).accept(ContentType.HTML);
    }

    public RequestSpecification request() {
        return RestAssured.given().config(NO_REDIRECTS).cookie(SESSION_COOKIE, session).accept(ContentType.HTML);
    }

    public static String formToken(String html) {
        Matcher found = FORM_TOKEN.matcher(html);
        assertThat(found.find()).as("the page carries a form token").isTrue();
        return found.group(1);
    }

    private static RequestSpecification anonymous(String address) {
        RequestSpecification request = RestAssured.given().config(NO_REDIRECTS).accept(ContentType.HTML);
        return address == null ? request : request.header("X-Forwarded-For", address);
    }
}

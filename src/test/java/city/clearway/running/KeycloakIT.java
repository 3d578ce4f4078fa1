package city.clearway.running;

import city.clearway.support.Fixtures;
import city.clearway.support.StandardTariff;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged service with CLEARWAY_AUTH=oidc against a real Keycloak that imported {@code keycloak/clearway-realm.json}
 * ({@code .ci/keycloak.sh start}): an inspector signed in by Keycloak registers a violation with the bearer token, and a
 * clerk signs in to the office pages in Chromium through Keycloak's own login page. Skipped unless the system property
 * {@code keycloak.it.url} names the running Keycloak ({@code keycloak.it.admin-password-file}, default
 * {@code target/keycloak/admin-password}, holds the password of its administrator {@code admin}). The people and the
 * password-grant client it needs are created through Keycloak's admin API and removed afterwards.
 */
class KeycloakIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String REALM = "clearway";
    private static final String SERVICE_CLIENT = "clearway";
    private static final String FIELD_CLIENT = "clearway-field";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keycloak = System.getProperty("keycloak.it.url", "");
    private final String run = HexFormat.of().formatHex(RANDOM.generateSeed(3));
    private final String password = "it-only-" + HexFormat.of().formatHex(RANDOM.generateSeed(12));
    private final List<String> createdUsers = new ArrayList<>();
    private final String testClient = "clearway-it-" + run;
    private String testClientId;
    private String adminToken;
    private PackagedService service;

    @BeforeEach
    void keycloak() throws IOException {
        assumeTrue(!keycloak.isBlank(), "no Keycloak: set keycloak.it.url (see .ci/keycloak.sh)");
        Path passwordFile = Path.of(System.getProperty("keycloak.it.admin-password-file", "target/keycloak/admin-password"));
        String adminPassword = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        adminToken = RestAssured.given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", adminPassword))
                .post(keycloak + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        // Only this test signs people in with a password grant, which the realm's own clients do not allow: through a
        // client of its own that puts the same claims into its tokens as the field app's client.
        List<Map<String, Object>> mappers = new ArrayList<>();
        for (Map<String, Object> mapper : admin().get("/clients/{id}", clientId(FIELD_CLIENT)).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("protocolMappers")) {
            Map<String, Object> copy = new HashMap<>(mapper);
            copy.remove("id");
            mappers.add(copy);
        }
        admin().body(Map.of("clientId", testClient, "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false, "protocolMappers", mappers)).post("/clients").then().statusCode(201);
        testClientId = clientId(testClient);
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (service != null) {
            service.stop();
        }
        for (String user : createdUsers) {
            admin().delete("/users/{id}", user);
        }
        if (testClientId != null) {
            admin().delete("/clients/{id}", testClientId);
        }
    }

    @Test
    void peopleSignedInByKeycloakRegisterAViolationAndOpenTheOffice(@TempDir Path workDir) throws Exception {
        String district = "K" + (char) ('A' + RANDOM.nextInt(26)) + (char) ('A' + RANDOM.nextInt(26)) + String.format("%02d", RANDOM.nextInt(100));
        String lot = "LOT-KC-" + run.toUpperCase();
        String administrator = person("admin", "ADMIN", Map.of());
        String inspector = person("inspector", "INSPECTOR", Map.of("clearway_district", district));
        String clerk = person("clerk", "CLERK", Map.of("clearway_lot", lot));

        service = new PackagedService(workDir, null);
        service.start("clearway.log", Map.of(
                "CLEARWAY_AUTH", "oidc",
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak + "/realms/" + REALM,
                "QUARKUS_OIDC_CLIENT_ID", SERVICE_CLIENT,
                "QUARKUS_OIDC_CREDENTIALS_SECRET", serviceSecret(),
                "CLEARWAY_SECRET_KEY", HexFormat.of().formatHex(RANDOM.generateSeed(24))));
        allowRedirectsTo(service.baseUrl());
        // No built-in administrator is made, so no password is printed: none could sign in.
        assertThat(service.log()).doesNotContain("Created the first administrator").doesNotContain("password:");

        String adminToken = signIn(administrator);
        service.withToken(adminToken).body(Map.of("code", district, "name", "District " + district)).post("/api/v1/districts")
                .then().statusCode(201);
        service.withToken(adminToken).body(Map.of("code", lot, "name", "Lot " + lot, "districtCode", district,
                "address", "Street 1", "capacity", 10)).post("/api/v1/impound-lots").then().statusCode(201);
        service.withToken(adminToken).body(StandardTariff.body(null)).post("/api/v1/tariffs").then().statusCode(201);

        service.withToken(signIn(inspector)).body(Fixtures.violationBody(district, Fixtures.plate().spelled()))
                .post("/api/v1/violations").then().statusCode(201).body("inspector", equalTo(inspector));
        service.anonymous().auth().preemptive().basic(inspector, password).get("/api/v1/violations").then().statusCode(401);

        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic",
                             "--no-first-run", "--disable-component-update", "--disable-sync")))) {
            Page page = browser.newPage();
            page.navigate(service.baseUrl() + "/office");
            assertThat(page.url()).startsWith(keycloak + "/realms/clearway/");
            page.locator("#username").fill(clerk);
            page.locator("#password").fill(password);
            page.locator("#kc-login").click();
            page.waitForURL(service.baseUrl() + "/office**");
            assertThat(page.locator(".who")).hasText(clerk);
            page.navigate(service.baseUrl() + "/office/login");
            assertThat(page.locator(".who")).hasText(clerk);

            // Signing out ends the Keycloak session too: the office asks for the password again.
            page.locator("form[action='/office/logout'] button").click();
            assertThat(page.locator("#kc-login")).isVisible();
            page.navigate(service.baseUrl() + "/office");
            assertThat(page.locator("#kc-login")).isVisible();
        }
    }

    /** A person of the realm with one role and these attributes, and {@link #password}; returns the username. */
    private String person(String prefix, String role, Map<String, String> attributes) {
        String username = prefix + "-" + run;
        Map<String, Object> attributeLists = new HashMap<>();
        attributes.forEach((name, value) -> attributeLists.put(name, List.of(value)));
        Response created = admin().body(Map.of("username", username, "enabled", true, "firstName", prefix, "lastName", run,
                        "email", username + "@clearway.test", "emailVerified", true, "attributes", attributeLists,
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post("/users");
        created.then().statusCode(201);
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        createdUsers.add(id);
        Map<String, Object> realmRole = admin().get("/roles/{role}", role).then().statusCode(200).extract().jsonPath().getMap("$");
        admin().body(List.of(realmRole)).post("/users/{id}/role-mappings/realm", id).then().statusCode(204);
        return username;
    }

    /** An access token of that person, as the handheld app would get one. */
    private String signIn(String username) {
        return RestAssured.given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", testClient, "username", username, "password", password,
                        "scope", "openid"))
                .post(keycloak + "/realms/" + REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The service client's secret, which Keycloak made up when it imported the realm. */
    private String serviceSecret() {
        return admin().get("/clients/{id}/client-secret", clientId(SERVICE_CLIENT)).then().statusCode(200).extract().path("value");
    }

    /** Lets the service client's sign-ins and sign-outs come back to where this test runs the service (a port of its own). */
    @SuppressWarnings("unchecked")
    private void allowRedirectsTo(String baseUrl) {
        String id = clientId(SERVICE_CLIENT);
        Map<String, Object> client = admin().get("/clients/{id}", id).then().statusCode(200).extract().jsonPath().getMap("$");
        List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
        redirects.add(baseUrl + "/office/*");
        redirects.add(baseUrl + "/office");
        client.put("redirectUris", redirects);
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) client.get("attributes"));
        attributes.put("post.logout.redirect.uris", attributes.get("post.logout.redirect.uris") + "##" + baseUrl + "/*");
        client.put("attributes", attributes);
        admin().body(client).put("/clients/{id}", id).then().statusCode(204);
    }

    private String clientId(String clientId) {
        return admin().queryParam("clientId", clientId).get("/clients").then().statusCode(200).extract().path("[0].id");
    }

    private RequestSpecification admin() {
        return RestAssured.given().baseUri(keycloak).basePath("/admin/realms/" + REALM).auth().oauth2(adminToken)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}

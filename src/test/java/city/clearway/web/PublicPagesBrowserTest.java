package city.clearway.web;

import city.clearway.complaint.Open311Service;
import city.clearway.support.Chromium;
import city.clearway.support.Api;
import city.clearway.support.Complaints.Square;
import city.clearway.support.Complaints;
import city.clearway.support.Fixtures;
import city.clearway.support.Open311Client;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public pages on a phone-sized Chromium, Persian first and English on request: an owner finds their towed car and
 * what to bring; a reporter follows their complaint until it closes. The pages ask nothing of a sign-in.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicPagesBrowserTest {


    @TestHTTPResource("/")
    URL base;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void chromium() {
        playwright = Chromium.installed() ? Chromium.playwright() : null;
        browser = playwright == null ? null : Chromium.launch(playwright);
    }

    @AfterAll
    void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private BrowserContext phone(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setLocale(locale));
    }

    @Test
    @Order(1)
    void anOwnerFindsTheirTowedCarAndWhatToBringInBothLanguages() throws Exception {
        assumeTrue(browser != null, "Chromium is not installed at " + Chromium.EXECUTABLE);
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 5);
        String inspector = Fixtures.inspector(district);
        Fixtures.PlateText plate = Fixtures.plate();
        Fixtures.tariffInForce();
        var registered = Api.as(inspector).body(Fixtures.violationBody(district, plate.spelled())).post("/api/v1/violations")
                .then().statusCode(201).extract().response();
        String ticket = registered.path("ticketNumber");
        Api.as(inspector).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", registered.<String>path("id"))
                .then().statusCode(201);

        try (BrowserContext context = phone("fa-IR")) {
            Page page = context.newPage();
            page.navigate(base + "find");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            page.getByLabel("پلاک").fill(plate.spelled());
            page.getByLabel("قبض").fill(ticket);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("جست‌وجو")).click();
            assertThat(page.locator("section.case")).hasCount(1);
            assertThat(page.locator(".lot")).containsText("Lot " + lot);
            assertThat(page.locator(".lot")).containsText("Street " + lot);
            assertThat(page.locator(".balance")).containsText("ریال");
            assertThat(page.locator("ul.bring li")).hasCount(3);
            assertThat(page.locator("ul.bring")).containsText("کارت ملی");
            Chromium.shoot(page, "public-1-find-fa");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("html")).hasAttribute("dir", "ltr");
            assertThat(page.locator("h1")).hasText("Find my car");
            assertThat(page.locator("ul.bring")).containsText("national ID card");
            assertThat(page.locator(".lot")).containsText("Lot " + lot);
            Chromium.shoot(page, "public-2-find-en");

            page.getByLabel("Ticket", new Page.GetByLabelOptions().setExact(true)).fill("TAA99-00000000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("No open case");
            double scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
            assertThat(scrollWidth).as("fits a phone's width").isLessThanOrEqualTo(390);
        }
    }

    @Test
    @Order(2)
    void aReporterFollowsTheirComplaintUntilItCloses() throws Exception {
        assumeTrue(browser != null, "Chromium is not installed at " + Chromium.EXECUTABLE);
        String district = Fixtures.district();
        Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String xml = Open311Client.app().contentType("application/x-www-form-urlencoded")
                .body(Complaints.encoded(Complaints.report(Complaints.apiKey("public page"), "RAMP_BLOCKING", square.at(100, 100))))
                .post("/open311/v2/requests.xml").then().statusCode(200).extract().asString();
        String serviceRequestId = Complaints.xml(xml).getElementsByTagName("service_request_id").item(0).getTextContent();

        try (BrowserContext context = phone("fa-IR")) {
            Page page = context.newPage();
            page.navigate(base + "my-report");
            page.getByLabel("شماره‌ی درخواست").fill(Chromium.persianDigits(serviceRequestId));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("نمایش")).click();
            assertThat(page.locator(".status")).containsText("باز");
            Chromium.shoot(page, "public-3-report-open-fa");

            String inspector = Fixtures.inspector(district);
            String id = Api.as(inspector).get("/api/v1/complaints").then().extract().<List<Map<String, Object>>>path("items").stream()
                    .filter(item -> serviceRequestId.equals(item.get("serviceRequestId"))).findFirst().orElseThrow().get("id").toString();
            Api.as(inspector).body(Map.of("reason", "Nothing there")).post("/api/v1/complaints/{id}/close", id).then().statusCode(200);

            page.reload();
            assertThat(page.locator(".status")).containsText("بسته");
            assertThat(page.locator(".notes")).containsText("خودرویی");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator(".status")).hasText("Closed");
            assertThat(page.locator(".notes")).hasText("An inspector went to the place and found no vehicle obstructing it.");
            assertThat(page.content()).doesNotContain("Nothing there").doesNotContain(inspector);
            Chromium.shoot(page, "public-4-report-closed-en");
        }
    }

    @Test
    @Order(3)
    void anAddressAskingTooOftenIsToldToWait() {
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i <= Open311Service.REPORTER_LOOKUPS_PER_MINUTE + 1; i++) {
            var response = RestAssured.given().header("X-Forwarded-For", "192.0.2.77").queryParam("id", "999999999").get("/my-report");
            if (response.statusCode() == 429) {
                refused++;
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("text/html");
            } else {
                assertThat(response.statusCode()).isEqualTo(404);
            }
        }
        assertThat(refused).isPositive();
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        RestAssured.given().get("/my-report").then().statusCode(200);
    }


}

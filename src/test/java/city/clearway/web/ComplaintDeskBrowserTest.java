package city.clearway.web;

import city.clearway.support.Chromium;
import city.clearway.support.Api;
import city.clearway.support.Complaints.Square;
import city.clearway.support.Complaints;
import city.clearway.support.Fixtures;
import city.clearway.support.Open311Client;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URL;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint queue in Debian's Chromium: an inspector standing in the street sees the nearest complaint first,
 * opens it, finds nothing and closes it; a supervisor sees every district's complaints and the trail. Skipped where no
 * Chromium is installed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintDeskBrowserTest {


    @TestHTTPResource("/")
    URL base;

    private Playwright playwright;
    private Browser browser;
    private String district;
    private String inspector;
    private Square square;
    private String near;
    private String far;

    @BeforeAll
    void chromium() {
        Chromium.assumeInstalled();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void twoComplaintsInTheDistrict() {
        district = Fixtures.district();
        square = Complaints.newSquare();
        Complaints.bound(district, square);
        inspector = Fixtures.inspector(district);
        String key = Complaints.apiKey("office test");
        far = file(key, square.at(900, 900));
        near = file(key, square.at(110, 100));
    }

    private static String file(String key, double[] point) {
        Map<String, String> form = Complaints.report(key, "SIDEWALK_PARKING", point);
        form.put("address_string", "Street at " + point[0]);
        String xml = Open311Client.app().contentType("application/x-www-form-urlencoded").body(Complaints.encoded(form))
                .post("/open311/v2/requests.xml").then().statusCode(200).extract().asString();
        return Complaints.xml(xml).getElementsByTagName("service_request_id").item(0).getTextContent();
    }

    @Test
    void anInspectorSeesTheNearestFirstAndClosesWhatWasNotFound() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(412, 915).setLocale("fa-IR"))) {
            Page page = context.newPage();
            signIn(page, inspector);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("شکایت‌ها").setExact(true)).first().click();
            Locator rows = page.locator("a.complaint");
            assertThat(rows).hasCount(2);
            assertThat(rows.first()).hasText(Chromium.persianDigits(far));
            Chromium.shoot(page, "complaints-1-queue-fa");

            double[] here = square.at(100, 100);
            page.getByLabel("عرض جغرافیایی").fill(Double.toString(here[0]));
            page.getByLabel("طول جغرافیایی").fill(Double.toString(here[1]));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("جست‌وجو")).click();
            assertThat(rows.first()).hasText(Chromium.persianDigits(near));
            assertThat(page.locator("td.distance").first()).containsText("متر");
            Chromium.shoot(page, "complaints-2-nearest-fa");

            rows.first().click();
            assertThat(page.locator("h1")).containsText(Chromium.persianDigits(near));
            assertThat(page.locator("ol.timeline li")).hasCount(1);
            page.getByLabel("علت").fill("ساعت ۱۰:۴۰ خودرویی آن‌جا نبود");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("بستن با «یافت نشد»")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("شکایت بسته شد");
            assertThat(page.locator("#complaint-status")).containsText("یافت نشد");
            assertThat(page.locator("form[action$='/close']")).hasCount(0);
            Chromium.shoot(page, "complaints-3-closed-fa");
        }
        String notes = Complaints.xml(Open311Client.app().get("/open311/v2/requests/{id}.xml", near).then().statusCode(200).extract()
                .asString()).getElementsByTagName("status").item(0).getTextContent();
        assertThat(notes).isEqualTo("closed");
    }

    @Test
    void aSupervisorSeesEveryDistrictAndTheTrailInEnglish() throws Exception {
        String supervisor = Fixtures.supervisor();
        String elsewhere = Fixtures.district();
        Square otherSquare = Complaints.newSquare();
        Complaints.bound(elsewhere, otherSquare);
        String other = file(Complaints.apiKey("other district"), otherSquare.at(500, 500));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en"))) {
            Page page = context.newPage();
            signIn(page, supervisor);
            page.navigate(base + "office/lang/en?back=/office/complaints");
            Locator links = page.locator("a.complaint");
            assertThat(links.filter(new Locator.FilterOptions().setHasText(near))).hasCount(1);
            assertThat(links.filter(new Locator.FilterOptions().setHasText(other))).hasCount(1);
            Chromium.shoot(page, "complaints-4-supervisor-en");
            links.filter(new Locator.FilterOptions().setHasText(far)).click();
            assertThat(page.locator("ol.timeline li").first()).containsText("Complaint received");
            assertThat(page.locator("form[action$='/close']")).hasCount(1);
            Chromium.shoot(page, "complaints-5-trail-en");
        }
        String auditor = Fixtures.auditor();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en"))) {
            Page page = context.newPage();
            signIn(page, auditor);
            page.navigate(base + "office/lang/en?back=/office/complaints");
            page.locator("a.complaint").filter(new Locator.FilterOptions().setHasText(far)).click();
            // An auditor changes nothing.
            assertThat(page.locator("form[action$='/close']")).hasCount(0);
        }
        Api.as(inspector).get("/api/v1/complaints").then().statusCode(200);
    }

    private void signIn(Page page, String username) {
        page.navigate(base + "office");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/office/login.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(Fixtures.password(username));
        page.locator("#password").press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/office/?$"));
    }


}

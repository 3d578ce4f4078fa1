package city.clearway.web;

import city.clearway.support.Chromium;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
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
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two journeys of the office pages, in Debian's Chromium: a clerk finds a car by a Persian spelling of its plate,
 * takes the payment, releases it and sees the release slip; an auditor finds the same car and reads its timeline.
 * Screenshots of every step go to {@code target/screenshots}. Skipped where no Chromium is installed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeBrowserTest {


    @TestHTTPResource("/")
    URL base;

    private Playwright playwright;
    private Browser browser;
    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String auditor;
    private Fixtures.PlateText plate;
    private String ticket;

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
    void aCarInTheLot() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 10);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        auditor = Fixtures.auditor();
        plate = Fixtures.plate();
        Fixtures.tariffInForce();
        var registered = Api.as(inspector).body(Fixtures.violationBody(district, plate.spelled()))
                .post("/api/v1/violations").then().statusCode(201).extract().response();
        ticket = registered.path("ticketNumber");
        Api.as(inspector).body(Map.of("lotCode", lot, "towOperator", "Tabriz Tow 3"))
                .post("/api/v1/violations/{id}/impound", registered.<String>path("id")).then().statusCode(201);
    }

    @Test
    void clerkFindsTheCarByAPersianSpellingTakesThePaymentAndReleasesIt() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("fa-IR"))) {
            Page page = context.newPage();
            signIn(page, clerk);
            Chromium.shoot(page, "clerk-1-start");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("موجودی پارکینگ").setExact(true)).first().click();
            // The canonical plate typed the way a Persian keyboard with Arabic letters and digits would: ي, ٠-٩.
            String arabicSpelling = toArabicIndic(plate.canonical().replace("ب", " ب ").replace("-", " ایران "));
            page.getByLabel("پلاک").fill(arabicSpelling);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("جست‌وجو")).click();
            Locator car = page.locator("a.plate");
            assertThat(car).hasCount(1);
            assertThat(car).hasText(Chromium.persianDigits(plate.canonical()).replace("ب", " ب ").replace("-", " ایران "));
            Chromium.shoot(page, "clerk-2-found");

            car.click();
            assertThat(page.locator("h1")).containsText(ticket);
            assertThat(page.locator("#balance")).containsText("ریال");
            Chromium.shoot(page, "clerk-3-impound");

            page.getByLabel("روش پرداخت").selectOption("CARD");
            page.getByLabel("شماره‌ی پیگیری").fill("POS-4471");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ثبت پرداخت")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("RCP-");
            assertThat(page.locator("#balance")).hasText("۰ ریال");
            Chromium.shoot(page, "clerk-4-paid");

            page.locator("h2#receipts + ul a").first().click();
            assertThat(page.locator("article.paper h1")).hasText("رسید پرداخت");
            assertThat(page.locator("article.paper")).containsText("POS-4471");
            Chromium.shoot(page, "clerk-4b-receipt");
            page.goBack();

            page.getByLabel("تحویل‌گیرنده (نام کامل)").fill("رضا احمدی");
            page.getByLabel("کد ملی").fill("۰۰۱۲۳۴۵۶۷۹");
            page.getByLabel("سند مالکیت").fill("کارت خودرو ۹۹۲۱");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ترخیص به این شخص")).click();

            assertThat(page.locator("#release-slip h1")).hasText("برگه‌ی ترخیص");
            assertThat(page.locator("#release-number")).containsText("REL-");
            assertThat(page.locator("#release-slip")).containsText("رضا احمدی");
            assertThat(page.locator("#release-slip")).containsText("۰۰۱۲۳۴۵۶۷۹");
            Chromium.shoot(page, "clerk-5-release-slip");

            // The page drawn before the release is stale now: sending its form again releases nothing twice.
            page.goBack();
            page.reload();
            assertThat(page.locator("form[action$='/release']")).hasCount(0);
        }
        Api.as(clerk).get("/api/v1/impound-lots/{code}", lot).then().statusCode(200).body("occupied", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aStalePageCannotReleaseTheCarTwice() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en"))) {
            Page first = context.newPage();
            signIn(first, clerk);
            first.navigate(base + "office/lang/en");
            first.navigate(base + "office/impounds");
            first.locator("a.plate").first().click();
            first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the payment")).click();
            assertThat(first.getByRole(AriaRole.STATUS)).containsText("Payment recorded");

            Page second = context.newPage();
            second.navigate(first.url());
            for (Page tab : List.of(first, second)) {
                tab.getByLabel("Released to (full name)").fill("Sara Karimi");
                tab.getByLabel("National ID").fill("0012345679");
                tab.getByLabel("Ownership document").fill("Vehicle card 1");
            }
            first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release to this person")).click();
            assertThat(first.locator("#release-number")).containsText("REL-");

            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release to this person")).click();
            assertThat(second.getByRole(AriaRole.ALERT)).containsText("out of date");
            assertThat(second.getByLabel("Released to (full name)")).hasCount(0);
            Chromium.shoot(second, "clerk-stale-page");
        }
    }

    @Test
    void auditorFindsTheSameCarAndReadsItsTimeline() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("fa-IR"))) {
            Page page = context.newPage();
            signIn(page, auditor);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("جست‌وجوی تخلف‌ها").setExact(true)).first().click();
            page.getByLabel("پلاک").fill(plate.spelled());
            page.getByLabel("منطقه").selectOption(district);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("جست‌وجو")).click();
            Chromium.shoot(page, "auditor-1-found");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ticket)).click();
            Locator timeline = page.locator("ol.timeline li");
            assertThat(timeline).hasCount(2);
            assertThat(timeline.nth(0)).containsText("ثبت تخلف");
            assertThat(timeline.nth(0)).containsText(inspector);
            assertThat(timeline.nth(1)).containsText("ورود خودرو به پارکینگ");
            Chromium.shoot(page, "auditor-2-timeline");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("html")).hasAttribute("dir", "ltr");
            assertThat(page.locator("#timeline")).hasText("Timeline");
            assertThat(page.locator("ol.timeline li").nth(1)).containsText("Vehicle towed into the lot");
            Chromium.shoot(page, "auditor-3-timeline-english");

            page.navigate(base + "office/audit");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("intact");
            page.navigate(base + "office/reports?groupBy=district");
            assertThat(page.locator("svg[role=img] rect").first()).isAttached();
            Chromium.shoot(page, "auditor-4-report");
        }
    }

    @Test
    void aSupervisorPlacesAHoldThatBlocksReleaseAndLiftsIt() throws Exception {
        String supervisor = Fixtures.supervisor();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en"))) {
            Page page = context.newPage();
            signIn(page, supervisor);
            page.navigate(base + "office/lang/en?back=/office/impounds");
            page.getByLabel("Plate").fill(plate.spelled());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
            page.locator("a.plate").first().click();

            page.getByLabel("Ordered by").selectOption("JUDICIAL");
            page.getByLabel("Reason for the hold").fill("Court order 1403-551");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the hold")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Hold placed.");
            assertThat(page.locator("h2#holds + ul")).containsText("Court order 1403-551");
            Chromium.shoot(page, "supervisor-hold");

            page.getByLabel("Reason for lifting").fill("Order withdrawn");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lift")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Hold lifted.");
            assertThat(page.locator("h2#holds + ul")).containsText("Order withdrawn");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/office/login$"));
            page.navigate(base + "office/impounds");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/office/login$"));
        }
    }

    @Test
    void aClerkIsNotShownTheAuditorsDesk() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en"))) {
            Page page = context.newPage();
            signIn(page, clerk);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("جست‌وجوی تخلف‌ها"))).hasCount(0);
            page.navigate(base + "office/violations");
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(page.content()).doesNotContain("urn:clearway:problem").doesNotContain("Exception");
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(base + "office");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/office/login.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(Fixtures.password(username));
        page.locator("#password").press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/office/?$"));
    }


    private static String toArabicIndic(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c == 'ی' ? 'ي' : c);
        }
        return out.toString();
    }

}

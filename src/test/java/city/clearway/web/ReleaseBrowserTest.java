package city.clearway.web;

import city.clearway.support.Api;
import city.clearway.support.Chromium;
import city.clearway.support.Fixtures;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URL;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A clerk hands a paid car to a company's agent through the office page, in Persian, in Debian's Chromium: the form
 * shows only the company's documents once that kind is chosen, and the printed slip names the company and the agent.
 * Skipped where no Chromium is installed; screenshots go to {@code target/screenshots}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private Playwright playwright;
    private Browser browser;

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

    @Test
    void clerkReleasesTheCarToACompanysAgentAndTheSlipShowsTheCompanyAndTheAgent() throws Exception {
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 5);
        String inspector = Fixtures.inspector(district);
        String clerk = Fixtures.clerk(lot);
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        long balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().<Number>path("balance").longValue();
        Api.as(clerk).body(Map.of("amount", balance, "method", "CARD")).post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("fa-IR"))) {
            Page page = context.newPage();
            page.navigate(base + "office");
            page.locator("#username").fill(clerk);
            page.locator("#password").fill(Fixtures.password(clerk));
            page.locator("#password").press("Enter");
            page.navigate(base + "office/impounds/" + impound);

            assertThat(page.getByLabel("شماره‌ی وکالت‌نامه")).isHidden();
            page.getByLabel("تحویل‌گیرنده کیست").selectOption("LEGAL_ENTITY");
            assertThat(page.getByLabel("نام شرکت")).isVisible();
            assertThat(page.getByLabel("شماره‌ی گذرنامه یا کارت اقامت")).isHidden();
            page.getByLabel("تحویل‌گیرنده (نام کامل)").fill("سارا کریمی");
            page.getByLabel("کد ملی").fill("۰۰۱۲۳۴۵۶۷۹");
            page.getByLabel("نام شرکت").fill("حمل‌ونقل تبریز");
            page.getByLabel("شناسه‌ی ملی شرکت").fill("۱۰۳۸۰۲۸۴۷۹۰");
            page.getByLabel("سند مالکیت").fill("کارت خودرو ۴۴۱۲");
            Chromium.shoot(page, "release-1-company-agent");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ترخیص به این شخص")).click();

            assertThat(page.locator("#release-slip h1")).hasText("برگه‌ی ترخیص");
            assertThat(page.locator("#released-to-kind")).hasText("نماینده‌ی شرکت (شخص حقوقی)");
            assertThat(page.locator("#released-to-company")).hasText("حمل‌ونقل تبریز");
            assertThat(page.locator("#released-to-company-id")).hasText("۱۰۳۸۰۲۸۴۷۹۰");
            assertThat(page.locator("#released-to-name")).hasText("سارا کریمی");
            assertThat(page.locator("#released-to-national-id")).hasText("۰۰۱۲۳۴۵۶۷۹");
            Chromium.shoot(page, "release-2-slip");
        }
        Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().statusCode(200)
                .body("release.releasedTo.kind", org.hamcrest.Matchers.equalTo("LEGAL_ENTITY"))
                .body("release.releasedTo.companyNationalId", org.hamcrest.Matchers.equalTo("10380284790"));
    }
}

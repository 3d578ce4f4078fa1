package city.clearway.web;

import city.clearway.support.Api;
import city.clearway.support.Chromium;
import city.clearway.support.Fixtures;
import city.clearway.support.Images;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URL;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * In Debian's Chromium: a clerk records the intake inventory of a car on its impound page, corrects it, adds a photo,
 * and finds the inventory on the printed release slip above the owner's signature. Skipped where no Chromium is installed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeBrowserTest {

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
    void clerkRecordsTheInventoryAndFindsItOnTheReleaseSlip() throws Exception {
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 10);
        String clerk = Fixtures.clerk(lot);
        String impound = Fixtures.impounded(Fixtures.inspector(district), district, lot).path("id");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en"))) {
            Page page = context.newPage();
            page.navigate(base + "office");
            page.locator("#username").fill(clerk);
            page.locator("#password").fill(Fixtures.password(clerk));
            page.locator("#password").press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/office/?$"));
            page.navigate(base + "office/lang/en?back=/office/impounds/" + impound);
            assertThat(page.locator("#inventory-none")).isVisible();

            page.getByLabel("Part 1", new Page.GetByLabelOptions().setExact(true)).fill("Front bumper");
            page.getByLabel("What is wrong 1", new Page.GetByLabelOptions().setExact(true)).fill("Deep scratch");
            page.getByLabel("Item 1", new Page.GetByLabelOptions().setExact(true)).fill("Child seat");
            page.getByLabel("Quantity 1", new Page.GetByLabelOptions().setExact(true)).fill("۲");
            page.getByLabel("Odometer (km)").fill("۸۴۵۰۰");
            page.getByLabel("Fuel").selectOption("HALF");
            page.getByLabel("Keys received").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Intake inventory recorded.");
            assertThat(page.locator("#inventory-version")).containsText("Version 1");
            assertThat(page.locator("#inventory-damage")).containsText("Front bumper: Deep scratch");
            assertThat(page.locator("#inventory-items")).containsText("Child seat × 2");
            Chromium.shoot(page, "intake-1-recorded");

            // The form starts from the version in force: the clerk adds what was missed, and a second version is kept.
            assertThat(page.getByLabel("Part 1", new Page.GetByLabelOptions().setExact(true))).hasValue("Front bumper");
            page.getByLabel("Part 2", new Page.GetByLabelOptions().setExact(true)).fill("Left mirror");
            page.getByLabel("What is wrong 2", new Page.GetByLabelOptions().setExact(true)).fill("Cracked");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
            assertThat(page.locator("#inventory-version")).containsText("Version 2");
            assertThat(page.locator("#inventory-damage li")).hasCount(2);
            assertThat(page.locator("#inventory-versions li")).hasCount(2);

            page.getByLabel("Intake photo (JPEG or PNG, at most 10 MB)")
                    .setInputFiles(new FilePayload("front.png", "image/png", Images.png()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the photo")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Intake photo added.");
            assertThat(page.locator("#intake-photos li")).hasCount(1);
            Chromium.shoot(page, "intake-2-corrected-with-photo");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the payment")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Payment recorded");
            page.getByLabel("Released to (full name)").fill("Sara Karimi");
            page.getByLabel("National ID").fill("0012345679");
            page.getByLabel("Ownership document").fill("Vehicle card 1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release to this person")).click();
            assertThat(page.locator("#release-number")).containsText("REL-");
            assertThat(page.locator("#slip-inventory")).containsText("Version 2");
            assertThat(page.locator("#slip-inventory")).containsText("Left mirror");
            assertThat(page.locator("#slip-inventory")).containsText("Child seat × 2");
            assertThat(page.locator("#inventory-signature")).containsText("By signing below, the owner confirms");
            assertThat(page.locator(".signatures")).hasCount(2);
            assertThat(page.getByText("Owner's signature")).hasCount(1);
            Chromium.shoot(page, "intake-3-release-slip");
        }
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().body("$", hasSize(2))
                .body("[0].condition.odometer", equalTo(84500)).body("[1].condition.damage", hasSize(2));
    }
}

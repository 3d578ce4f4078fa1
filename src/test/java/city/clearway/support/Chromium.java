package city.clearway.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, for the browser tests (Playwright never downloads a browser of its own); where it is not
 * installed the tests are skipped. Screenshots go to {@code target/screenshots}.
 */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Skips the calling test where Chromium is not installed. */
    public static void assumeInstalled() {
        assumeTrue(installed(), "Chromium is not installed at " + EXECUTABLE);
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-component-update", "--disable-sync")));
    }

    /** The whole page as {@code target/screenshots/<name>.png}. */
    public static void shoot(Page page, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        assertThat(Files.size(SCREENSHOTS.resolve(name + ".png"))).isPositive();
    }

    /** The text with its Western digits written in Persian, as the Persian pages show numbers. */
    public static String persianDigits(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }
}

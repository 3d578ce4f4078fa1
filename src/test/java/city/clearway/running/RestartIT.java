package city.clearway.running;

import city.clearway.running.PackagedService.District;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged service, started the way the README starts it, twice over the same directory and database: what was
 * stored is still there after a restart (idempotency keys included), and the generated administrator password is
 * shown only the first time. The embedded database keeps it under {@code ./data}; a service built for PostgreSQL
 * writes nothing there.
 */
class RestartIT {

    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");
    /** What a printed key looks like: a long run of base64 or hex characters. */
    private static final Pattern SECRET_LOOKING = Pattern.compile("[A-Za-z0-9+/=_-]{24,}");
    private static final District DISTRICT = new District("RST01", "RST-LOT", "rst-inspector", "rst-clerk");

    @Test
    void dataSurvivesARestartAndTheGeneratedPasswordIsShownOnce(@TempDir Path workDir) throws Exception {
        PackagedService.emptyDatabase();
        PackagedService service = new PackagedService(workDir, null);

        String password;
        String impound;
        String receipt;
        try {
            service.start("first.log");
            Matcher shown = PASSWORD.matcher(service.log());
            assertThat(shown.find()).as("the first start prints the generated admin password").isTrue();
            password = shown.group(1);
            assertNoKeyIn(service.log());
            service.setUp(DISTRICT, password);
            String violation = service.created(DISTRICT.inspector(), District.PASSWORD, "/api/v1/violations", Map.of(
                    "plate", "12 ب 345 ایران 67", "vehicleClass", "CAR", "violationType", "SIDEWALK_PARKING",
                    "districtCode", DISTRICT.code(), "location", Map.of("lat", 38.07, "lon", 46.28),
                    "observedAt", "2026-01-01T10:00:00+03:30")).path("id");
            impound = service.created(DISTRICT.inspector(), District.PASSWORD, "/api/v1/violations/" + violation + "/impound",
                    Map.of("lotCode", DISTRICT.lot())).path("id");
            receipt = pay(service, impound).then().statusCode(201).extract().path("receiptNumber");
        } finally {
            service.stop();
        }
        if (PackagedService.postgresUrl().isPresent()) {
            assertThat(workDir.resolve("data")).as("built for PostgreSQL, nothing is kept on the embedded database").doesNotExist();
        } else {
            assertThat(workDir.resolve("data")).isDirectory();
        }

        try {
            service.start("second.log");
            assertThat(service.log()).doesNotContainPattern(PASSWORD.pattern());
            service.as("admin", password).get("/api/v1/districts/" + DISTRICT.code()).then().statusCode(200);
            Response retried = pay(service, impound);
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retried.<String>path("receiptNumber")).isEqualTo(receipt);
            service.as(DISTRICT.clerk(), District.PASSWORD).get("/api/v1/impounds/" + impound + "/payments")
                    .then().statusCode(200).body("size()", equalTo(1));
        } finally {
            service.stop();
        }
    }

    /** No line of a start-up log that speaks of a key shows one (no session or signing key is ever printed). */
    private static void assertNoKeyIn(String log) {
        log.lines().filter(line -> line.toLowerCase(Locale.ROOT).contains("key"))
                .forEach(line -> assertThat(line).as("a start-up log line about a key").doesNotContainPattern(SECRET_LOOKING));
        assertThat(log).doesNotContainIgnoringCase("temporary key").doesNotContainIgnoringCase("encryption key");
    }

    /** A card payment the clerk's terminal sends, and sends again after the restart, with the same key. */
    private static Response pay(PackagedService service, String impound) {
        return service.as(DISTRICT.clerk(), District.PASSWORD).header("Idempotency-Key", "terminal-7-payment-1")
                .body(Map.of("amount", 1_000_000, "method", "CARD"))
                .post("/api/v1/impounds/" + impound + "/payments");
    }
}

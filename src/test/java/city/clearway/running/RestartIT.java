package city.clearway.running;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged service, started the way the README starts it, twice over the same directory: what was stored under
 * {@code ./data} is still there after a restart (idempotency keys included), and the generated administrator password
 * is shown only the first time.
 */
class RestartIT {

    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

    @Test
    void dataSurvivesARestartAndTheGeneratedPasswordIsShownOnce(@TempDir Path workDir) throws Exception {
        port = freePort();

        Path firstLog = workDir.resolve("first.log");
        Process first = start(workDir, port, firstLog);
        String password;
        try {
            awaitReady(port, first, firstLog);
            Matcher shown = PASSWORD.matcher(Files.readString(firstLog, StandardCharsets.UTF_8));
            assertThat(shown.find()).as("the first start prints the generated admin password").isTrue();
            password = shown.group(1);
            post("admin", password, "/api/v1/districts", Map.of("code", "RST01", "name", "Kept across restarts"));
            post("admin", password, "/api/v1/impound-lots", Map.of("code", "RST-LOT", "name", "Lot", "districtCode", "RST01",
                    "address", "Street 1", "capacity", 5));
            post("admin", password, "/api/v1/users", Map.of("username", "rst-inspector", "password", "inspector-password",
                    "roles", List.of("INSPECTOR"), "districtCode", "RST01"));
            post("admin", password, "/api/v1/users", Map.of("username", "rst-clerk", "password", "clerk-password",
                    "roles", List.of("CLERK"), "lotCode", "RST-LOT"));
            post("admin", password, "/api/v1/tariffs", Map.of("fines", Map.of("SIDEWALK_PARKING", 2_000_000, "CROSSWALK_BLOCKING", 1,
                            "RAMP_BLOCKING", 1, "DRIVEWAY_BLOCKING", 1, "DOUBLE_PARKING", 1, "VENDOR_OCCUPATION", 1, "FIRE_ACCESS_BLOCKING", 1),
                    "towFees", Map.of("MOTORCYCLE", 1, "CAR", 3_500_000, "PICKUP", 1, "HEAVY", 1),
                    "storagePerDay", Map.of("MOTORCYCLE", 1, "CAR", 500_000, "PICKUP", 1, "HEAVY", 1),
                    "storageGraceHours", 2, "vatPercent", 10));
            String violation = post("rst-inspector", "inspector-password", "/api/v1/violations", Map.of("plate", "12 ب 345 ایران 67",
                    "vehicleClass", "CAR", "violationType", "SIDEWALK_PARKING", "districtCode", "RST01",
                    "location", Map.of("lat", 38.07, "lon", 46.28), "observedAt", "2026-01-01T10:00:00+03:30")).path("id");
            impound = post("rst-inspector", "inspector-password", "/api/v1/violations/" + violation + "/impound",
                    Map.of("lotCode", "RST-LOT")).path("id");
            receipt = pay().then().statusCode(201).extract().path("receiptNumber");
        } finally {
            stop(first);
        }
        assertThat(workDir.resolve("data")).isDirectory();

        Path secondLog = workDir.resolve("second.log");
        Process second = start(workDir, port, secondLog);
        try {
            awaitReady(port, second, secondLog);
            assertThat(Files.readString(secondLog, StandardCharsets.UTF_8)).doesNotContainPattern(PASSWORD.pattern());
            RestAssured.given().port(port).auth().preemptive().basic("admin", password).get("/api/v1/districts/RST01")
                    .then().statusCode(200);
            Response retried = pay();
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retried.<String>path("receiptNumber")).isEqualTo(receipt);
            RestAssured.given().port(port).auth().preemptive().basic("rst-clerk", "clerk-password")
                    .get("/api/v1/impounds/" + impound + "/payments").then().statusCode(200).body("size()", equalTo(1));
        } finally {
            stop(second);
        }
    }

    private int port;
    private String impound;
    private String receipt;

    /** A card payment the clerk's terminal sends, and sends again after the restart, with the same key. */
    private Response pay() {
        return RestAssured.given().port(port).auth().preemptive().basic("rst-clerk", "clerk-password").contentType("application/json")
                .header("Idempotency-Key", "terminal-7-payment-1").body(Map.of("amount", 1_000_000, "method", "CARD"))
                .post("/api/v1/impounds/" + impound + "/payments");
    }

    private Response post(String user, String password, String path, Object body) {
        return RestAssured.given().port(port).auth().preemptive().basic(user, password).contentType("application/json")
                .body(body).post(path).then().statusCode(201).extract().response();
    }

    private static Process start(Path workDir, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Dquarkus.http.port=" + port, "-jar", System.getProperty("clearway.jar")))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("CLEARWAY_ADMIN_PASSWORD");
        builder.environment().remove("CLEARWAY_DEMO");
        return builder.start();
    }

    private static void awaitReady(int port, Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("service still running; its log: %s", Files.readString(log)).isTrue();
            try {
                if (RestAssured.given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not ready within 90 s: " + Files.readString(log));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

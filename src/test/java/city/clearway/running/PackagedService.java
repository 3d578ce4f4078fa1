package city.clearway.running;

import city.clearway.support.Api;
import city.clearway.support.StandardTariff;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service ({@code clearway.jar}) run as a process of its own in a working directory, the way the README
 * starts it, on the database it was built for: the embedded H2 under {@code ./data}, or the PostgreSQL database at
 * {@code clearway.db-url} when the build is for PostgreSQL (passed on as {@code CLEARWAY_DB_URL}).
 */
final class PackagedService {

    /** What a process ends with when SIGKILL ended it: 128 plus the signal's number. */
    static final int KILLED_EXIT_VALUE = 128 + 9;

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final String POSTGRES_USER = "postgres";

    private final Path workDir;
    private final String adminPassword;
    private Process process;
    private Path log;
    private int port;

    /**
     * @param adminPassword the administrator's password the first start creates ({@code CLEARWAY_ADMIN_PASSWORD}),
     *                      or {@code null} to let the service generate one and print it
     */
    PackagedService(Path workDir, String adminPassword) {
        this.workDir = workDir;
        this.adminPassword = adminPassword;
    }

    /** The PostgreSQL database the build is for, or empty when it is for the embedded database. */
    static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getProperty("clearway.db-url")).filter(url -> !url.isBlank());
    }

    /**
     * A database with nothing in it, as on a first start. The embedded one lives in each test's own directory; on
     * PostgreSQL the tables the other tests left are dropped, so the service migrates and bootstraps from scratch.
     */
    static void emptyDatabase() throws SQLException {
        Optional<String> url = postgresUrl();
        if (url.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url.get(), POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    /** Starts the service, its output going to {@code logName} in the working directory, and waits until it is ready. */
    void start(String logName) throws Exception {
        start(logName, Map.of());
    }

    /** Starts the service with these settings added to its environment (CLEARWAY_AUTH=oidc and the provider's). */
    void start(String logName, Map<String, String> settings) throws Exception {
        port = freePort();
        log = workDir.resolve(logName);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Dquarkus.http.port=" + port, "-jar", System.getProperty("clearway.jar")))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("CLEARWAY_DEMO");
        environment.remove("CLEARWAY_ADMIN_PASSWORD");
        if (adminPassword != null) {
            environment.put("CLEARWAY_ADMIN_PASSWORD", adminPassword);
        }
        postgresUrl().ifPresent(url -> environment.put("CLEARWAY_DB_URL", url));
        environment.putAll(settings);
        process = builder.start();
        awaitReady();
    }

    /** What the service printed since its latest start. */
    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Shuts the service down the way an operator does (SIGTERM), forcibly only if it hangs. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * Ends the service at once, as {@code kill -9} or a crash would: on Linux {@link Process#destroyForcibly()} sends
     * SIGKILL, so no shutdown hook runs and nothing is flushed or closed.
     *
     * @return the process's exit value, {@link #KILLED_EXIT_VALUE} when SIGKILL ended it
     */
    int kill() throws InterruptedException {
        return process.destroyForcibly().waitFor();
    }

    /** A client of the running service that keeps to the contract, signed in as {@code username}. */
    RequestSpecification as(String username, String password) {
        return Api.as(username, password).port(port);
    }

    /** A client of the running service that keeps to the contract, with an OIDC provider's access token. */
    RequestSpecification withToken(String accessToken) {
        return Api.withToken(accessToken).port(port);
    }

    /** Where the running service listens, e.g. {@code http://127.0.0.1:41234}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A client of the running service signed in as {@code username}, whose exchanges are not checked against the contract. */
    RequestSpecification unchecked(String username, String password) {
        return anonymous().auth().preemptive().basic(username, password).contentType(ContentType.JSON);
    }

    /** A client of the running service that is not signed in. */
    RequestSpecification anonymous() {
        return RestAssured.given().port(port);
    }

    /**
     * A district with an impound lot, an inspector and a clerk of its own, and a tariff in force: what a city sets up
     * before its first violation. The administrator is {@code admin} with {@code adminPassword}.
     */
    void setUp(District district, String adminPassword) {
        created("admin", adminPassword, "/api/v1/districts", Map.of("code", district.code(), "name", "District " + district.code()));
        created("admin", adminPassword, "/api/v1/impound-lots", Map.of("code", district.lot(), "name", "Lot " + district.lot(),
                "districtCode", district.code(), "address", "Street 1", "capacity", 50));
        created("admin", adminPassword, "/api/v1/users", Map.of("username", district.inspector(), "password", District.PASSWORD,
                "roles", List.of("INSPECTOR"), "districtCode", district.code()));
        created("admin", adminPassword, "/api/v1/users", Map.of("username", district.clerk(), "password", District.PASSWORD,
                "roles", List.of("CLERK"), "lotCode", district.lot()));
        created("admin", adminPassword, "/api/v1/tariffs", StandardTariff.body(null));
    }

    /** POSTs {@code body} and expects {@code 201 Created}. */
    Response created(String username, String password, String path, Object body) {
        return as(username, password).body(body).post(path).then().statusCode(201).extract().response();
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("service still running; its log: %s", log()).isTrue();
            try {
                if (anonymous().get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not ready within " + READY_WITHIN.toSeconds() + " s: " + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The people and places of one district; the users sign in with {@link #PASSWORD}. */
    record District(String code, String lot, String inspector, String clerk) {

        static final String PASSWORD = "district-staff-password";
    }
}

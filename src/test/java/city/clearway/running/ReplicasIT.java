package city.clearway.running;

import city.clearway.running.PackagedService.District;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.StandardTariff;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Three instances of the service built for PostgreSQL on one database (PRODUCT §8): a mixed load goes through all of
 * them while one is killed with {@code kill -9}. Afterwards every acknowledged write is there, the audit chain is
 * whole and as long as the events written, the report counts what the database holds, a session made on one instance
 * is accepted by another, and an account disabled on one is refused by another within seconds.
 */
class ReplicasIT {

    private static final String ADMIN_PASSWORD = "replicas-admin-password-1405";
    private static final District DISTRICT = new District("RPL01", "RPL-LOT", "rpl-inspector", "rpl-clerk");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Test
    void threeInstancesOnOneDatabaseStayCorrectWhenOneIsKilled(@TempDir Path workDir) throws Exception {
        assumeTrue(PackagedService.postgresUrl().isPresent(), "several instances share one PostgreSQL; the embedded database is one instance's");
        PackagedService.emptyDatabase();
        List<PackagedService> replicas = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            Path dir = Files.createDirectories(workDir.resolve(name));
            replicas.add(new PackagedService(dir, ADMIN_PASSWORD));
        }
        try {
            replicas.get(0).start("service.log");
            replicas.get(0).setUp(DISTRICT, ADMIN_PASSWORD);
            replicas.get(1).start("service.log");
            replicas.get(2).start("service.log");

            Load load = new Load(replicas);
            load.runFor(Duration.ofSeconds(8), () -> replicas.get(2).kill());
            List<PackagedService> alive = replicas.subList(0, 2);

            for (String violation : load.registered) {
                PackagedService any = alive.get(Math.abs(violation.hashCode()) % alive.size());
                any.unchecked(DISTRICT.inspector(), District.PASSWORD).get("/api/v1/violations/" + violation).then().statusCode(200);
            }
            for (Map.Entry<String, String> paid : load.paid.entrySet()) {
                List<String> receipts = alive.get(1).unchecked(DISTRICT.clerk(), District.PASSWORD)
                        .get("/api/v1/impounds/" + paid.getKey() + "/payments").then().statusCode(200).extract().path("receiptNumber");
                assertThat(receipts).contains(paid.getValue());
            }
            assertThat(load.registered).as("the load did register").isNotEmpty();

            Response verdict = alive.get(0).unchecked("admin", ADMIN_PASSWORD).get("/api/v1/audit/verify").then().statusCode(200).extract().response();
            assertThat(verdict.<Boolean>path("valid")).isTrue();
            assertThat(verdict.<Integer>path("length")).isEqualTo((int) count("SELECT count(*) FROM audit_event"));

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
            Response report = alive.get(1).unchecked("admin", ADMIN_PASSWORD).queryParam("from", today.minusDays(1).toString())
                    .queryParam("to", today.plusDays(1).toString()).get("/api/v1/reports/summary").then().statusCode(200).extract().response();
            Map<String, Object> group = report.path("groups.find { it.key == '" + DISTRICT.code() + "' }");
            assertThat(((Number) group.get("registered")).longValue()).isEqualTo(count("SELECT count(*) FROM violation"));
            assertThat(((Number) group.get("impounded")).longValue()).isEqualTo(count("SELECT count(*) FROM impound"));
            assertThat(((Number) group.get("released")).longValue()).isEqualTo(count("SELECT count(*) FROM impound WHERE released_at IS NOT NULL"));
            assertThat(((Number) group.get("received")).longValue()).isEqualTo(count("SELECT coalesce(sum(amount), 0) FROM payment"));

            String session = signIn(alive.get(0), DISTRICT.clerk());
            alive.get(1).anonymous().redirects().follow(false).cookie("clearway-session", session).get("/office/impounds")
                    .then().statusCode(200);

            alive.get(0).unchecked("admin", ADMIN_PASSWORD).post("/api/v1/users/" + DISTRICT.inspector() + "/disable").then().statusCode(200);
            Instant deadline = Instant.now().plusSeconds(10);
            int status;
            do {
                status = alive.get(1).unchecked(DISTRICT.inspector(), District.PASSWORD).get("/api/v1/violations").statusCode();
                Thread.sleep(250);
            } while (status != 401 && Instant.now().isBefore(deadline));
            assertThat(status).as("the disabled inspector on the other instance").isEqualTo(401);
        } finally {
            for (PackagedService replica : replicas) {
                replica.stop();
            }
        }
    }

    /** Inspectors register and tow, clerks take payments with an Idempotency-Key, through every instance in turn. */
    private static final class Load {

        private final List<PackagedService> replicas;
        final Set<String> registered = ConcurrentHashMap.newKeySet();
        final Map<String, String> paid = new ConcurrentHashMap<>();

        Load(List<PackagedService> replicas) {
            this.replicas = replicas;
        }

        void runFor(Duration duration, ThrowingRunnable midway) throws Exception {
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int worker = 0; worker < 6; worker++) {
                    int offset = worker;
                    workers.add(pool.submit(() -> work(offset, stop)));
                }
                Thread.sleep(duration.toMillis() / 2);
                midway.run();
                Thread.sleep(duration.toMillis() / 2);
                stop.set(true);
                for (Future<?> result : workers) {
                    result.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private Void work(int offset, AtomicBoolean stop) {
            for (int round = offset; !stop.get(); round++) {
                PackagedService through = replicas.get(round % replicas.size());
                try {
                    once(through, round);
                } catch (Exception refusedOrDown) {
                    // an instance being killed refuses or drops the request: not acknowledged, not counted
                }
            }
            return null;
        }

        private void once(PackagedService through, int round) {
            String id = UUID.randomUUID().toString();
            Map<String, Object> body = new LinkedHashMap<>(Fixtures.violationBody(DISTRICT.code(), Fixtures.plate().spelled()));
            body.put("id", id);
            if (through.unchecked(DISTRICT.inspector(), District.PASSWORD).body(body).post("/api/v1/violations").statusCode() != 201) {
                return;
            }
            registered.add(id);
            if (round % 2 == 0) {
                return;
            }
            Response towed = through.unchecked(DISTRICT.inspector(), District.PASSWORD).body(Map.of("lotCode", DISTRICT.lot()))
                    .post("/api/v1/violations/" + id + "/impound");
            if (towed.statusCode() != 201) {
                return;
            }
            String impound = towed.path("id");
            Response payment = through.unchecked(DISTRICT.clerk(), District.PASSWORD).header("Idempotency-Key", "pay-" + impound)
                    .body(Map.of("amount", StandardTariff.CAR_ON_SIDEWALK_AT_INTAKE, "method", "CARD")).post("/api/v1/impounds/" + impound + "/payments");
            if (payment.statusCode() != 201) {
                return;
            }
            paid.put(impound, payment.path("receiptNumber"));
            String etag = through.unchecked(DISTRICT.clerk(), District.PASSWORD).get("/api/v1/impounds/" + impound).header("ETag");
            through.unchecked(DISTRICT.clerk(), District.PASSWORD).header("If-Match", etag)
                    .body(Map.of("releasedToName", "Owner", "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Card"))
                    .post("/api/v1/impounds/" + impound + "/release");
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static String signIn(PackagedService replica, String username) {
        Response page = replica.anonymous().get("/office/login");
        Matcher token = FORM_TOKEN.matcher(page.asString());
        assertThat(token.find()).isTrue();
        Response signedIn = replica.anonymous().redirects().follow(false).cookie("clearway-sign-in", page.getCookie("clearway-sign-in"))
                .contentType(ContentType.URLENC).formParams(Map.of("username", username, "password", District.PASSWORD, "csrf", token.group(1)))
                .post("/office/login");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return signedIn.getCookie("clearway-session");
    }

    private static long count(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(PackagedService.postgresUrl().orElseThrow(), "postgres", "");
             Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}

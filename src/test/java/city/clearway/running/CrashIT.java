package city.clearway.running;

import city.clearway.running.PackagedService.District;
import io.restassured.response.Response;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once a write is acknowledged it survives {@code kill -9}: inspectors register violations from four threads, a clerk
 * takes two payments, and the packaged service is killed the moment the next registration is answered. Started again
 * on the same data, every violation that was answered {@code 201} is there, and every payment is there and replayed
 * for its {@code Idempotency-Key}.
 */
class CrashIT {

    private static final String ADMIN_PASSWORD = "crash-test-admin-password";
    private static final District DISTRICT = new District("CRS01", "CRS-LOT", "crs-inspector", "crs-clerk");
    private static final int INSPECTORS = 4;
    private static final Duration LOAD = Duration.ofSeconds(3);
    private static final int PAYMENTS = 2;

    @Test
    void everyAcknowledgedWriteSurvivesAKill(@TempDir Path workDir) throws Exception {
        PackagedService.emptyDatabase();
        PackagedService service = new PackagedService(workDir, ADMIN_PASSWORD);
        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        Map<String, String> receipts = new LinkedHashMap<>();
        Crash crash = new Crash(service);
        try {
            service.start("before-kill.log");
            service.setUp(DISTRICT, ADMIN_PASSWORD);
            List<String> impounds = new ArrayList<>();
            for (int i = 0; i < PAYMENTS; i++) {
                impounds.add(impound(service));
            }

            ExecutorService inspectors = Executors.newFixedThreadPool(INSPECTORS);
            for (int i = 0; i < INSPECTORS; i++) {
                inspectors.execute(() -> registerUntilKilled(service, crash, acknowledged, unexpected));
            }
            Thread.sleep(LOAD.toMillis());
            for (String impound : impounds) {
                receipts.put(impound, pay(service, impound).then().statusCode(201).extract().path("receiptNumber"));
            }
            crash.arm();
            inspectors.shutdown();
            assertThat(inspectors.awaitTermination(60, TimeUnit.SECONDS)).as("the service was killed and the inspectors stopped").isTrue();
        } finally {
            service.stop();
        }
        assertThat(unexpected).as("answers other than 201 before the kill").isEmpty();
        assertThat(crash.exitValue()).as("ended by SIGKILL, with no shutdown hook run").isEqualTo(PackagedService.KILLED_EXIT_VALUE);
        assertThat(acknowledged).as("registrations acknowledged before the kill").hasSizeGreaterThanOrEqualTo(INSPECTORS * 5);

        try {
            service.start("after-kill.log");
            List<UUID> lost = acknowledged.stream()
                    .filter(id -> service.as(DISTRICT.inspector(), District.PASSWORD).get("/api/v1/violations/" + id).statusCode() != 200)
                    .toList();
            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(lost).as("%d of %d acknowledged violations lost", lost.size(), acknowledged.size()).isEmpty();
            receipts.forEach((impound, receipt) -> {
                softly.assertThat(service.as(DISTRICT.clerk(), District.PASSWORD).get("/api/v1/impounds/" + impound + "/payments")
                        .<List<String>>path("receiptNumber")).as("the payments of impound %s", impound).containsExactly(receipt);
                Response retried = pay(service, impound);
                softly.assertThat(retried.statusCode()).isEqualTo(201);
                softly.assertThat(retried.header("Idempotent-Replayed")).as("payment replayed").isEqualTo("true");
                softly.assertThat(retried.<String>path("receiptNumber")).isEqualTo(receipt);
            });
            softly.assertAll();
        } finally {
            service.stop();
        }
    }

    /**
     * The kill, once armed, comes from the inspector who is answered next, the moment the answer arrives: a write
     * acknowledged a few milliseconds earlier, and the payments just before it, must already be safe.
     */
    private static final class Crash {

        private final PackagedService service;
        private final AtomicBoolean armed = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile int exitValue = -1;

        Crash(PackagedService service) {
            this.service = service;
        }

        void arm() {
            armed.set(true);
        }

        boolean happened() {
            return done.get();
        }

        void afterAcknowledgement() throws InterruptedException {
            if (armed.get() && done.compareAndSet(false, true)) {
                exitValue = service.kill();
            }
        }

        int exitValue() {
            return exitValue;
        }
    }

    /**
     * Registers violations with ids of the handheld's making, keeping each one answered {@code 201}. The answers are
     * not checked against the contract here, so that nothing stands between an answer and the kill.
     */
    private static void registerUntilKilled(PackagedService service, Crash crash, Set<UUID> acknowledged, List<String> unexpected) {
        while (!crash.happened()) {
            UUID id = UUID.randomUUID();
            try {
                Response response = service.unchecked(DISTRICT.inspector(), District.PASSWORD).body(violation(id)).post("/api/v1/violations");
                if (response.statusCode() == 201) {
                    acknowledged.add(id);
                    crash.afterAcknowledgement();
                } else {
                    unexpected.add(response.statusCode() + " " + response.asString());
                }
            } catch (Exception e) {
                if (!crash.happened()) {
                    unexpected.add(e.toString());
                }
                return;
            }
        }
    }

    private static String impound(PackagedService service) {
        UUID violation = UUID.randomUUID();
        service.created(DISTRICT.inspector(), District.PASSWORD, "/api/v1/violations", violation(violation));
        return service.created(DISTRICT.inspector(), District.PASSWORD, "/api/v1/violations/" + violation + "/impound",
                Map.of("lotCode", DISTRICT.lot())).path("id");
    }

    private static Map<String, Object> violation(UUID id) {
        return Map.of("id", id.toString(), "plate", "12 ب 345 ایران 67", "vehicleClass", "CAR", "violationType", "SIDEWALK_PARKING",
                "districtCode", DISTRICT.code(), "location", Map.of("lat", 38.07, "lon", 46.28),
                "observedAt", "2026-01-01T10:00:00+03:30");
    }

    /** A card payment with the terminal's key for this impound, sent before the kill and again after it. */
    private static Response pay(PackagedService service, String impound) {
        return service.as(DISTRICT.clerk(), District.PASSWORD).header("Idempotency-Key", "terminal-3-" + impound)
                .body(Map.of("amount", 1_000_000, "method", "CARD"))
                .post("/api/v1/impounds/" + impound + "/payments");
    }
}

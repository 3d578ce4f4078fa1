package city.clearway.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A scheduled job's lease: one instance holds it until it runs out; then another may take it. */
@QuarkusTest
class OnAnotherInstanceTest {

    @Inject
    OnAnotherInstance lease;

    @Test
    void oneHolderAtATimeUntilTheLeaseRunsOut() {
        String job = "test-job-" + UUID.randomUUID();
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        assertThat(lease.take(job, now, now.plusSeconds(60))).isTrue();
        assertThat(lease.takeAs("another-instance", job, now.plusSeconds(30), now.plusSeconds(90))).as("held by the first").isFalse();
        assertThat(lease.take(job, now.plusSeconds(30), now.plusSeconds(90))).as("renewed by its holder").isTrue();
        assertThat(lease.takeAs("another-instance", job, now.plusSeconds(91), now.plusSeconds(150))).as("run out").isTrue();
    }

    @Test
    void manyInstancesAskingAtOnceGetItOnce() throws Exception {
        String job = "test-job-" + UUID.randomUUID();
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> askers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                askers.add(() -> lease.takeAs("instance-" + Thread.currentThread().getId(), job, now, now.plusSeconds(60)));
            }
            int taken = 0;
            for (Future<Boolean> answer : pool.invokeAll(askers)) {
                taken += answer.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(lease.takeAs("late-instance", job, now.plusSeconds(59), now.plusSeconds(120))).as("still held").isFalse();
        assertThat(lease.takeAs("late-instance", job, now.plusSeconds(60), now.plusSeconds(120))).as("run out").isTrue();
    }
}

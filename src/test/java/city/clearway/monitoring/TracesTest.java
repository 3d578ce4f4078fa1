package city.clearway.monitoring;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With a collector named, an API request leaves a server span with its route, as the collector would receive it. */
@QuarkusTest
@TestProfile(TracesTest.CollectorNamed.class)
class TracesTest {

    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");

    @Inject
    InMemorySpanExporter exported;

    @Test
    void anApiRequestIsTraced() throws InterruptedException {
        Api.as(Fixtures.ADMIN).get("/api/v1/districts").then().statusCode(200);

        assertThat(exportedWithin(Duration.ofSeconds(10)))
                .anySatisfy(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
                    assertThat(span.getAttributes().get(ROUTE)).isEqualTo("/api/v1/districts");
                    assertThat(span.getName()).isEqualTo("GET /api/v1/districts");
                });
    }

    /** The spans exported so far, once a server span for the districts is among them or the time is up. */
    private List<SpanData> exportedWithin(Duration patience) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (Instant.now().isBefore(giveUp) && exported.getFinishedSpanItems().stream()
                .noneMatch(span -> "/api/v1/districts".equals(span.getAttributes().get(ROUTE)))) {
            Thread.sleep(50);
        }
        return exported.getFinishedSpanItems();
    }

    /** A collector is named (nothing listens there: the spans are read from memory), and spans are sent at once. */
    public static class CollectorNamed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:4317",
                    "quarkus.otel.bsp.schedule.delay", "0.05S");
        }
    }

    /** Every span the service exports is also kept in memory, for the test to read. */
    static class ExportedSpans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }
}

package city.clearway.monitoring;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether OpenTelemetry runs, as the settings a service is started with decide it. */
class TracesWhereCollectedTest {

    @Test
    void offWhenNoCollectorIsNamed() {
        assertThat(sdkDisabled(Map.of())).as("OpenTelemetry's default endpoint names no collector").isTrue();
    }

    @Test
    void onWhenTheCollectorOrItsTracesEndpointIsNamed() {
        assertThat(sdkDisabled(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://otel-collector.monitoring:4317"))).isFalse();
        assertThat(sdkDisabled(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4318"))).isFalse();
    }

    @Test
    void anExplicitSettingStillDecides() {
        assertThat(sdkDisabled(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317",
                "quarkus.otel.sdk.disabled", "true"))).isTrue();
    }

    private static boolean sdkDisabled(Map<String, String> settings) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withDefaultValue("quarkus.otel.exporter.otlp.endpoint", "http://localhost:4317/")
                .withSources(new PropertiesConfigSource(settings, "application.properties", 250))
                .withSources(new TracesWhereCollected())
                .build();
        return config.getValue(TracesWhereCollected.SDK_DISABLED, Boolean.class);
    }
}

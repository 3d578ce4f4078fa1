package city.clearway.monitoring;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * Traces are recorded and sent over OTLP only where a collector is named ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT},
 * or its {@code ...TRACES_ENDPOINT}). Without one, OpenTelemetry would send to localhost:4317 and complain on every
 * laptop, so the SDK is switched off. An explicit {@code quarkus.otel.sdk.disabled} anywhere still decides: this
 * source ranks below application.properties and the environment.
 */
public class TracesWhereCollected implements ConfigSourceFactory {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final List<String> ENDPOINTS = List.of("quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint");
    private static final int BELOW_APPLICATION_PROPERTIES = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean collectorNamed = ENDPOINTS.stream().map(context::getValue).anyMatch(TracesWhereCollected::named);
        return List.of(new PropertiesConfigSource(Map.of(SDK_DISABLED, String.valueOf(!collectorNamed)),
                "clearway-traces-where-collected", BELOW_APPLICATION_PROPERTIES));
    }

    /** Given by someone: OpenTelemetry's own default (localhost:4317) sits in the defaults, below every source. */
    private static boolean named(ConfigValue endpoint) {
        return endpoint.getValue() != null && !endpoint.getValue().isBlank()
                && endpoint.getConfigSourceOrdinal() > Integer.MIN_VALUE;
    }
}

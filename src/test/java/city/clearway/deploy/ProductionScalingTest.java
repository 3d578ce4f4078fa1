package city.clearway.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static city.clearway.deploy.ManifestDocuments.environment;
import static city.clearway.deploy.ManifestDocuments.labels;
import static city.clearway.deploy.ManifestDocuments.named;
import static city.clearway.deploy.ManifestDocuments.ofKind;
import static city.clearway.deploy.ManifestDocuments.onlyDatabaseCluster;
import static city.clearway.deploy.ManifestDocuments.selects;
import static city.clearway.deploy.ManifestDocuments.textValues;
import static city.clearway.deploy.Manifests.OVERLAYS;
import static city.clearway.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/** PRODUCT §8: production runs several replicas that an autoscaler and a disruption budget keep, within the database's connections. */
class ProductionScalingTest {

    /** PostgreSQL's reserved superuser slots, the operator's own sessions and an administrator's. */
    private static final int DATABASE_CONNECTIONS_KEPT_FREE = 10;
    private static final int POSTGRESQL_DEFAULT_MAX_CONNECTIONS = 100;

    @BeforeEach
    void toolsArePresent() {
        Manifests.toolsArePresent();
    }

    @Test
    void productionRunsSeveralReplicasThatScaleAndSurviveDisruptions() {
        List<JsonNode> documents = render(OVERLAYS.resolve("prod")).documents();
        JsonNode deployment = named(documents, "Deployment", "clearway").orElseThrow();
        Map<String, String> pods = labels(deployment.path("spec").path("template").path("metadata").path("labels"));
        JsonNode podSpec = deployment.path("spec").path("template").path("spec");

        assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(podSpec.path("topologySpreadConstraints").isEmpty()
                && podSpec.path("affinity").path("podAntiAffinity").isEmpty())
                .as("replicas spread over nodes").isFalse();

        List<JsonNode> autoscalers = ofKind(documents, "HorizontalPodAutoscaler");
        assertThat(autoscalers).as("one HorizontalPodAutoscaler").singleElement().satisfies(autoscaler -> {
            assertThat(autoscaler.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
            assertThat(autoscaler.path("spec").path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
            assertThat(autoscaler.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo("clearway");
            assertThat(autoscaler.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(autoscaler.path("spec").path("maxReplicas").asInt())
                    .isGreaterThan(autoscaler.path("spec").path("minReplicas").asInt());
            assertThat(autoscaler.path("spec").path("metrics"))
                    .anySatisfy(metric -> assertThat(metric.path("resource").path("name").asText()).isEqualTo("cpu"));
        });
        JsonNode autoscaler = autoscalers.get(0);

        assertThat(ofKind(documents, "PodDisruptionBudget")).as("one PodDisruptionBudget").singleElement().satisfies(budget -> {
            assertThat(selects(budget.path("spec").path("selector"), pods)).as("selects the service's pods").isTrue();
            assertThat(budget.path("spec").path("minAvailable").isInt()).as("minAvailable as a count").isTrue();
            assertThat(budget.path("spec").path("minAvailable").asInt())
                    .isGreaterThanOrEqualTo(2)
                    .as("below the autoscaler's minimum, or no node could ever be drained")
                    .isLessThan(autoscaler.path("spec").path("minReplicas").asInt());
        });

        JsonNode database = onlyDatabaseCluster(documents);
        assertThat(database.path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(3);
        int poolSize = Integer.parseInt(environment(documents, deployment)
                .get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE").path("value").asText());
        int maxConnections = Integer.parseInt(database.path("spec").path("postgresql").path("parameters")
                .path("max_connections").asText(String.valueOf(POSTGRESQL_DEFAULT_MAX_CONNECTIONS)));
        assertThat(autoscaler.path("spec").path("maxReplicas").asInt() * poolSize + DATABASE_CONNECTIONS_KEPT_FREE)
                .as("connections of the most replicas the autoscaler starts, against max_connections")
                .isLessThanOrEqualTo(maxConnections);

        assertThat(ofKind(documents, "Ingress")).allSatisfy(ingress -> {
            List<String> secured = StreamSupport.stream(ingress.path("spec").path("tls").spliterator(), false)
                    .flatMap(tls -> textValues(tls.path("hosts")).stream())
                    .toList();
            assertThat(ingress.path("spec").path("rules"))
                    .as("every host served over TLS")
                    .isNotEmpty()
                    .allSatisfy(rule -> assertThat(secured).contains(rule.path("host").asText()));
        });
    }
}

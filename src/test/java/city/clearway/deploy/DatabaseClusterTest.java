package city.clearway.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static city.clearway.deploy.ManifestDocuments.describe;
import static city.clearway.deploy.ManifestDocuments.environment;
import static city.clearway.deploy.ManifestDocuments.onlyDatabaseCluster;
import static city.clearway.deploy.ManifestDocuments.workloads;
import static city.clearway.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/** PRODUCT §8: the service is wired to its own PostgreSQL cluster. */
class DatabaseClusterTest {

    private static final Pattern JDBC_HOST = Pattern.compile("^jdbc:postgresql://([^:/?]+)");

    @BeforeEach
    void toolsArePresent() {
        Manifests.toolsArePresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("city.clearway.deploy.Manifests#overlays")
    void theServiceUsesItsOwnPostgresqlCluster(Path overlay) {
        List<JsonNode> documents = render(overlay).documents();
        JsonNode database = onlyDatabaseCluster(documents);
        String cluster = database.path("metadata").path("name").asText();
        JsonNode initdb = database.path("spec").path("bootstrap").path("initdb");

        assertThat(database.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(initdb.path("database").asText()).isEqualTo("clearway");
        assertThat(initdb.path("owner").asText()).isEqualTo("clearway");
        assertThat(database.path("spec").path("instances").asInt()).isPositive();
        assertThat(database.path("spec").path("storage").path("size").asText()).isNotBlank();
        assertThat(database.path("spec").path("monitoring").path("enablePodMonitor").asBoolean()).isTrue();

        for (JsonNode workload : workloads(documents)) {
            Map<String, JsonNode> environment = environment(documents, workload);
            assertThat(environment).as("%s: environment", describe(workload)).containsKeys(
                    "CLEARWAY_DB_URL", "CLEARWAY_DB_USER", "CLEARWAY_DB_PASSWORD", "CLEARWAY_AUTH",
                    "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID", "QUARKUS_OIDC_CREDENTIALS_SECRET",
                    "CLEARWAY_SECRET_KEY", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "QUARKUS_LOG_CONSOLE_JSON_ENABLED",
                    "CLEARWAY_TIME_ZONE");
            assertThat(environment.get("CLEARWAY_AUTH").path("value").asText()).isEqualTo("oidc");

            JsonNode user = environment.get("CLEARWAY_DB_USER").path("valueFrom").path("secretKeyRef");
            JsonNode password = environment.get("CLEARWAY_DB_PASSWORD").path("valueFrom").path("secretKeyRef");
            assertThat(List.of(user.path("name").asText(), user.path("key").asText()))
                    .as("CLEARWAY_DB_USER from the Secret the operator generates")
                    .containsExactly(cluster + "-app", "username");
            assertThat(List.of(password.path("name").asText(), password.path("key").asText()))
                    .as("CLEARWAY_DB_PASSWORD from the Secret the operator generates")
                    .containsExactly(cluster + "-app", "password");

            Matcher host = JDBC_HOST.matcher(environment.get("CLEARWAY_DB_URL").path("value").asText());
            assertThat(host.find()).as("%s: CLEARWAY_DB_URL is a PostgreSQL JDBC URL", describe(workload)).isTrue();
            assertThat(host.group(1)).as("the cluster's read-write service").isEqualTo(cluster + "-rw");
        }
    }
}

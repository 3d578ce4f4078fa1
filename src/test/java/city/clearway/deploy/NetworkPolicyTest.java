package city.clearway.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static city.clearway.deploy.ManifestDocuments.HTTP_PORT;
import static city.clearway.deploy.ManifestDocuments.describe;
import static city.clearway.deploy.ManifestDocuments.labels;
import static city.clearway.deploy.ManifestDocuments.ofKind;
import static city.clearway.deploy.ManifestDocuments.onlyDatabaseCluster;
import static city.clearway.deploy.ManifestDocuments.ports;
import static city.clearway.deploy.ManifestDocuments.rules;
import static city.clearway.deploy.ManifestDocuments.selects;
import static city.clearway.deploy.ManifestDocuments.textValues;
import static city.clearway.deploy.ManifestDocuments.workloads;
import static city.clearway.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/** PRODUCT §8: traffic in every overlay is denied unless a network policy allows it. */
class NetworkPolicyTest {

    @BeforeEach
    void toolsArePresent() {
        Manifests.toolsArePresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("city.clearway.deploy.Manifests#overlays")
    void trafficIsDeniedUnlessAllowed(Path overlay) {
        List<JsonNode> documents = render(overlay).documents();
        List<JsonNode> policies = ofKind(documents, "NetworkPolicy");

        assertThat(policies)
                .as("a NetworkPolicy selecting every pod, for ingress and egress, allowing nothing")
                .anySatisfy(policy -> {
                    JsonNode spec = policy.path("spec");
                    assertThat(spec.path("podSelector").isObject() && spec.path("podSelector").isEmpty()).isTrue();
                    assertThat(textValues(spec.path("policyTypes"))).contains("Ingress", "Egress");
                    assertThat(spec.path("ingress").isEmpty() && spec.path("egress").isEmpty()).isTrue();
                });

        JsonNode database = onlyDatabaseCluster(documents);
        Map<String, String> databasePods = Map.of("cnpg.io/cluster", database.path("metadata").path("name").asText());
        for (JsonNode workload : workloads(documents)) {
            Map<String, String> pods = labels(workload.path("spec").path("template").path("metadata").path("labels"));
            List<JsonNode> applying = policies.stream()
                    .filter(policy -> selects(policy.path("spec").path("podSelector"), pods))
                    .toList();
            assertThat(rules(applying, "ingress"))
                    .as("%s: some policy lets traffic in on %d", describe(workload), HTTP_PORT)
                    .anySatisfy(rule -> assertThat(ports(rule)).contains(String.valueOf(HTTP_PORT)));
            assertThat(rules(applying, "egress"))
                    .as("%s: some policy lets it resolve names (53/UDP)", describe(workload))
                    .anySatisfy(rule -> assertThat(ports(rule)).contains("53/UDP"));
            assertThat(rules(applying, "egress"))
                    .as("%s: some policy lets it reach its PostgreSQL pods on 5432", describe(workload))
                    .anySatisfy(rule -> {
                        assertThat(ports(rule)).contains("5432");
                        assertThat(rule.path("to")).anySatisfy(peer -> {
                            assertThat(peer.has("namespaceSelector")).isFalse();
                            assertThat(selects(peer.path("podSelector"), databasePods)).isTrue();
                        });
                    });
        }
        List<JsonNode> databasePolicies = policies.stream()
                .filter(policy -> selects(policy.path("spec").path("podSelector"), databasePods))
                .filter(policy -> !policy.path("spec").path("podSelector").isEmpty())
                .toList();
        assertThat(rules(databasePolicies, "ingress"))
                .as("the PostgreSQL pods let the service in on 5432")
                .anySatisfy(rule -> assertThat(ports(rule)).contains("5432"));
    }
}

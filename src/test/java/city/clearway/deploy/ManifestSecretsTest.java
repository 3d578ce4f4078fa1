package city.clearway.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static city.clearway.deploy.ManifestDocuments.containers;
import static city.clearway.deploy.ManifestDocuments.describe;
import static city.clearway.deploy.ManifestDocuments.expect;
import static city.clearway.deploy.ManifestDocuments.named;
import static city.clearway.deploy.ManifestDocuments.ofKind;
import static city.clearway.deploy.ManifestDocuments.workloads;
import static city.clearway.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/** PRODUCT §8: secrets are only referenced by the manifests, and the README creates every one they reference. */
class ManifestSecretsTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern SENSITIVE_NAME = Pattern.compile("PASSWORD|SECRET|KEY");

    @BeforeEach
    void toolsArePresent() {
        Manifests.toolsArePresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("city.clearway.deploy.Manifests#overlays")
    void secretsAreReferencedNeverWritten(Path overlay) {
        List<JsonNode> documents = render(overlay).documents();
        List<String> violations = new ArrayList<>();

        for (JsonNode secret : ofKind(documents, "Secret")) {
            expect(violations, describe(secret) + ": no data or stringData in the manifests",
                    secret.path("data").isEmpty() && secret.path("stringData").isEmpty());
        }
        for (JsonNode workload : workloads(documents)) {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            for (JsonNode container : containers(pod)) {
                String at = describe(workload) + " container " + container.path("name").asText();
                for (JsonNode variable : container.path("env")) {
                    String name = variable.path("name").asText();
                    if (SENSITIVE_NAME.matcher(name).find()) {
                        expect(violations, at + ": " + name + " from a secretKeyRef, not a literal value",
                                variable.path("valueFrom").has("secretKeyRef") && !variable.has("value"));
                    }
                }
                for (JsonNode source : container.path("envFrom")) {
                    String configMap = source.path("configMapRef").path("name").asText();
                    if (configMap.isEmpty()) {
                        continue;
                    }
                    Optional<JsonNode> settings = named(documents, "ConfigMap", configMap);
                    expect(violations, at + ": ConfigMap " + configMap + " is in the manifests", settings.isPresent());
                    settings.ifPresent(map -> map.path("data").properties().forEach(entry ->
                            expect(violations, at + ": " + entry.getKey() + " is not a literal in ConfigMap "
                                    + configMap + " but a secretKeyRef", !SENSITIVE_NAME.matcher(entry.getKey()).find())));
                }
            }
        }
        assertThat(violations).as("secrets written into %s", overlay).isEmpty();
    }

    /** The README's production steps create every Secret the manifests reference, under the same name and keys. */

    @ParameterizedTest(name = "{0}")
    @MethodSource("city.clearway.deploy.Manifests#overlays")
    void theReadmeCreatesEverySecretTheManifestsReference(Path overlay) throws IOException {
        List<JsonNode> documents = render(overlay).documents();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int production = readme.indexOf("## Production");
        assertThat(production).as("a Production section in README.md").isNotNegative();
        String steps = readme.substring(production);
        List<String> generatedByTheDatabaseOperator = ofKind(documents, "Cluster").stream()
                .map(cluster -> cluster.path("metadata").path("name").asText())
                .flatMap(name -> Stream.of(name + "-app", name + "-ca"))
                .toList();
        List<String> violations = new ArrayList<>();

        for (JsonNode workload : workloads(documents)) {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            for (JsonNode container : containers(pod)) {
                for (JsonNode variable : container.path("env")) {
                    JsonNode reference = variable.path("valueFrom").path("secretKeyRef");
                    String secret = reference.path("name").asText();
                    if (reference.isMissingNode() || generatedByTheDatabaseOperator.contains(secret)) {
                        continue;
                    }
                    String key = reference.path("key").asText();
                    expect(violations, "README: kubectl create secret generic " + secret + " ... --from-literal=" + key,
                            Pattern.compile("create secret generic " + Pattern.quote(secret)
                                    + "\\b[^\\n]*(\\\\\\n[^\\n]*)*--from-literal=" + Pattern.quote(key) + "=")
                                    .matcher(steps).find());
                }
            }
        }
        for (JsonNode ingress : ofKind(documents, "Ingress")) {
            for (JsonNode tls : ingress.path("spec").path("tls")) {
                String secret = tls.path("secretName").asText();
                expect(violations, "README: kubectl create secret tls " + secret + " (or cert-manager)",
                        steps.contains("create secret tls " + secret));
            }
        }
        assertThat(violations).as("secrets %s references that README.md does not create", overlay).isEmpty();
    }
}

package city.clearway.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static city.clearway.deploy.Manifests.YAML;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading rendered manifests: documents by kind and name, workloads, containers, labels, network rules. */
final class ManifestDocuments {

    static final int HTTP_PORT = 8080;

    private ManifestDocuments() {
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> document.path("kind").asText().equals(kind)).toList();
    }

    static Optional<JsonNode> named(List<JsonNode> documents, String kind, String name) {
        return ofKind(documents, kind).stream()
                .filter(document -> document.path("metadata").path("name").asText().equals(name))
                .findFirst();
    }

    static List<JsonNode> workloads(List<JsonNode> documents) {
        return documents.stream()
                .filter(document -> List.of("Deployment", "StatefulSet", "DaemonSet")
                        .contains(document.path("kind").asText()))
                .toList();
    }

    static JsonNode onlyDatabaseCluster(List<JsonNode> documents) {
        List<JsonNode> clusters = ofKind(documents, "Cluster");
        assertThat(clusters).as("one CloudNativePG Cluster").hasSize(1);
        return clusters.get(0);
    }

    static List<JsonNode> containers(JsonNode pod) {
        List<JsonNode> all = new ArrayList<>();
        pod.path("initContainers").forEach(all::add);
        pod.path("containers").forEach(all::add);
        return all;
    }

    /** The service container's environment: its ConfigMaps' entries as literal values, then its own entries. */
    static Map<String, JsonNode> environment(List<JsonNode> documents, JsonNode workload) {
        JsonNode container = workload.path("spec").path("template").path("spec").path("containers").path(0);
        Map<String, JsonNode> environment = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.path("configMapRef").path("name").asText();
            named(documents, "ConfigMap", configMap).ifPresent(map -> map.path("data").properties().forEach(
                    entry -> environment.put(entry.getKey(), YAML.createObjectNode().set("value", entry.getValue()))));
        }
        container.path("env").forEach(variable -> environment.put(variable.path("name").asText(), variable));
        return environment;
    }

    static String describe(JsonNode document) {
        return document.path("kind").asText() + "/" + document.path("metadata").path("name").asText();
    }

    static JsonNode effective(JsonNode containerSecurity, JsonNode podSecurity, String field) {
        return containerSecurity.has(field) ? containerSecurity.path(field) : podSecurity.path(field);
    }

    static void expectProbe(List<String> violations, String at, JsonNode container, String probe, String path) {
        JsonNode get = container.path(probe).path("httpGet");
        JsonNode port = get.path("port");
        int number = port.isInt() ? port.asInt() : StreamSupport.stream(container.path("ports").spliterator(), false)
                .filter(declared -> declared.path("name").asText().equals(port.asText()))
                .mapToInt(declared -> declared.path("containerPort").asInt())
                .findFirst().orElse(-1);
        expect(violations, at + ": " + probe + " on " + path + " port " + HTTP_PORT,
                get.path("path").asText().equals(path) && number == HTTP_PORT);
    }

    static boolean mountsEmptyDirOnTmp(JsonNode pod, JsonNode container) {
        return StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                .filter(mount -> mount.path("mountPath").asText().equals("/tmp"))
                .anyMatch(mount -> StreamSupport.stream(pod.path("volumes").spliterator(), false)
                        .anyMatch(volume -> volume.path("name").asText().equals(mount.path("name").asText())
                                && volume.has("emptyDir")));
    }

    static List<String> textValues(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    static Map<String, String> labels(JsonNode labels) {
        Map<String, String> map = new HashMap<>();
        labels.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }

    /** A label selector with matchLabels only (the manifests use no matchExpressions); empty selects everything. */
    static boolean selects(JsonNode selector, Map<String, String> podLabels) {
        assertThat(selector.has("matchExpressions")).as("selectors are written with matchLabels").isFalse();
        return podLabels.entrySet().containsAll(labels(selector.path("matchLabels")).entrySet());
    }

    static List<JsonNode> rules(List<JsonNode> policies, String direction) {
        return policies.stream()
                .flatMap(policy -> StreamSupport.stream(policy.path("spec").path(direction).spliterator(), false))
                .toList();
    }

    /** A rule's ports as "8080" for TCP and "53/UDP" otherwise. */
    static List<String> ports(JsonNode rule) {
        return StreamSupport.stream(rule.path("ports").spliterator(), false)
                .map(port -> {
                    String protocol = port.path("protocol").asText("TCP");
                    return port.path("port").asText() + (protocol.equals("TCP") ? "" : "/" + protocol);
                })
                .toList();
    }

    static void expect(List<String> violations, String rule, boolean kept) {
        if (!kept) {
            violations.add(rule);
        }
    }
}

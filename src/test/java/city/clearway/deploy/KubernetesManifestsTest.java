package city.clearway.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PRODUCT §8: every overlay under {@code k8s/overlays} builds with {@code kubectl kustomize}, each document matches
 * the schema of its kind (Kubernetes' and CloudNativePG's, through {@code k8s/validate}), and the rendered output
 * keeps the rules a city's cluster relies on: probed, bounded, non-root read-only containers, secrets only
 * referenced, traffic denied unless allowed, the service wired to its own PostgreSQL cluster, and in production
 * several replicas that an autoscaler and a disruption budget keep.
 *
 * <p>It runs {@code kubectl} and {@code node} (and {@code npm ci} when {@code k8s/validate} has no up-to-date
 * {@code node_modules}). Where the environment variable {@code CI} is set, a missing tool fails the test; elsewhere
 * the test is skipped.
 */
class KubernetesManifestsTest {

    private static final Path OVERLAYS = Path.of("k8s", "overlays");
    private static final Path VALIDATOR = Path.of("k8s", "validate");
    private static final Path WORK = Path.of("target", "k8s-manifests");
    private static final Path README = Path.of("README.md");

    private static final int HTTP_PORT = 8080;
    private static final Pattern SENSITIVE_NAME = Pattern.compile("PASSWORD|SECRET|KEY");
    private static final Pattern JDBC_HOST = Pattern.compile("^jdbc:postgresql://([^:/?]+)");
    /** PostgreSQL's reserved superuser slots, the operator's own sessions and an administrator's. */
    private static final int DATABASE_CONNECTIONS_KEPT_FREE = 10;
    private static final int POSTGRESQL_DEFAULT_MAX_CONNECTIONS = 100;

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<Path, Rendering> RENDERED = new HashMap<>();
    private static Optional<String> missingTool;

    private record Rendering(Path file, List<JsonNode> documents) {
    }

    private record Outcome(int exitCode, String stdout, String stderr) {
    }

    /** Checked before each test, so that a run without the tools reports every test it skipped. */
    @BeforeEach
    void toolsArePresent() {
        Optional<String> missing = missingTool();
        String ci = System.getenv("CI");
        if (ci == null || ci.isEmpty()) {
            assumeTrue(missing.isEmpty(), () -> missing.get() + " (skipped because CI is not set)");
        } else if (missing.isPresent()) {
            fail(missing.get());
        }
    }

    static Stream<Path> overlays() throws IOException {
        try (Stream<Path> entries = Files.list(OVERLAYS)) {
            return entries.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @Test
    void productionHasAnOverlay() throws IOException {
        assertThat(overlays()).contains(OVERLAYS.resolve("prod"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDocumentMatchesTheSchemaOfItsKind(Path overlay) {
        Rendering rendering = render(overlay);
        installValidator();

        Outcome validation = run(VALIDATOR, rendering.file().toAbsolutePath(), "node", "validate.js");

        assertThat(validation.exitCode()).as("%s:%n%s%s", overlay, validation.stdout(), validation.stderr()).isZero();
        assertThat(validation.stdout().lines().filter(line -> line.startsWith("valid ")))
                .as("documents the validator accepted")
                .hasSize(rendering.documents().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerIsProbedBoundedAndConfined(Path overlay) {
        List<JsonNode> workloads = workloads(render(overlay).documents());
        assertThat(workloads).as("workloads in %s", overlay).isNotEmpty();
        List<String> violations = new ArrayList<>();

        for (JsonNode workload : workloads) {
            JsonNode template = workload.path("spec").path("template");
            JsonNode pod = template.path("spec");
            String where = describe(workload);

            JsonNode annotations = template.path("metadata").path("annotations");
            expect(violations, where + ": Prometheus scrape annotations for /q/metrics on " + HTTP_PORT,
                    annotations.path("prometheus.io/scrape").asText().equals("true")
                            && annotations.path("prometheus.io/path").asText().equals("/q/metrics")
                            && annotations.path("prometheus.io/port").asText().equals(String.valueOf(HTTP_PORT)));

            for (JsonNode container : pod.path("containers")) {
                String at = where + " container " + container.path("name").asText();
                expectProbe(violations, at, container, "startupProbe", "/q/health/started");
                expectProbe(violations, at, container, "livenessProbe", "/q/health/live");
                expectProbe(violations, at, container, "readinessProbe", "/q/health/ready");

                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        expect(violations, at + ": resources." + bound + "." + resource,
                                !container.path("resources").path(bound).path(resource).asText().isBlank());
                    }
                }

                JsonNode security = container.path("securityContext");
                JsonNode podSecurity = pod.path("securityContext");
                expect(violations, at + ": runAsNonRoot true",
                        effective(security, podSecurity, "runAsNonRoot").asBoolean(false));
                expect(violations, at + ": runAsUser other than 0",
                        effective(security, podSecurity, "runAsUser").asInt(1) != 0);
                expect(violations, at + ": readOnlyRootFilesystem true",
                        security.path("readOnlyRootFilesystem").asBoolean(false));
                expect(violations, at + ": allowPrivilegeEscalation false",
                        security.path("allowPrivilegeEscalation").isBoolean()
                                && !security.path("allowPrivilegeEscalation").asBoolean());
                expect(violations, at + ": capabilities drop ALL",
                        textValues(security.path("capabilities").path("drop")).contains("ALL"));
                expect(violations, at + ": seccompProfile RuntimeDefault",
                        effective(security, podSecurity, "seccompProfile").path("type").asText().equals("RuntimeDefault"));
                expect(violations, at + ": an emptyDir mounted on /tmp", mountsEmptyDirOnTmp(pod, container));

                String image = container.path("image").asText();
                String tag = image.substring(image.lastIndexOf('/') + 1).contains(":")
                        ? image.substring(image.lastIndexOf(':') + 1) : "";
                expect(violations, at + ": image pinned by a tag other than latest, not " + image,
                        !tag.isEmpty() && !tag.equals("latest"));
            }
        }
        assertThat(violations).as("rules broken in %s", overlay).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
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
    @MethodSource("overlays")
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
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

    // ---- rendering and running the tools ----

    private static synchronized Rendering render(Path overlay) {
        return RENDERED.computeIfAbsent(overlay, directory -> {
            Outcome build = run(Path.of("."), null, "kubectl", "kustomize", directory.toString());
            assertThat(build.exitCode()).as("kubectl kustomize %s:%n%s", directory, build.stderr()).isZero();
            try {
                Files.createDirectories(WORK);
                Path file = WORK.resolve(directory.getFileName() + ".yaml");
                Files.writeString(file, build.stdout(), StandardCharsets.UTF_8);
                List<JsonNode> documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(build.stdout())
                        .readAll().stream()
                        .filter(JsonNode::isObject)
                        .toList();
                assertThat(documents).as("documents rendered from %s", directory).isNotEmpty();
                return new Rendering(file, documents);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** {@code npm ci} when the installed packages are missing or older than the lockfile. */
    private static synchronized void installValidator() {
        Path installed = VALIDATOR.resolve("node_modules").resolve(".package-lock.json");
        try {
            if (Files.exists(installed) && Files.getLastModifiedTime(installed)
                    .compareTo(Files.getLastModifiedTime(VALIDATOR.resolve("package-lock.json"))) >= 0) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Outcome install = run(VALIDATOR, null, "npm", "ci", "--no-audit", "--no-fund");
        assertThat(install.exitCode()).as("npm ci in %s:%n%s", VALIDATOR, install.stderr()).isZero();
    }

    private static synchronized Optional<String> missingTool() {
        if (missingTool == null) {
            missingTool = Stream.of(List.of("kubectl", "version", "--client"), List.of("node", "--version"),
                            List.of("npm", "--version"))
                    .filter(versionCommand -> !answers(versionCommand))
                    .map(versionCommand -> versionCommand.get(0)
                            + " is needed to check the manifests in k8s/ and is not on the PATH")
                    .findFirst();
        }
        return missingTool;
    }

    private static boolean answers(List<String> command) {
        try {
            return run(Path.of("."), null, command.toArray(String[]::new)).exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static Outcome run(Path directory, Path input, String... command) {
        try {
            Files.createDirectories(WORK);
            Path stdout = Files.createTempFile(WORK, "stdout", ".txt");
            Path stderr = Files.createTempFile(WORK, "stderr", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(directory.toFile())
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile());
                if (input != null) {
                    builder.redirectInput(input.toFile());
                }
                Process process = builder.start();
                if (input == null) {
                    process.getOutputStream().close();
                }
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish within 5 minutes");
                }
                return new Outcome(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- reading the rendered documents ----

    private static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> document.path("kind").asText().equals(kind)).toList();
    }

    private static Optional<JsonNode> named(List<JsonNode> documents, String kind, String name) {
        return ofKind(documents, kind).stream()
                .filter(document -> document.path("metadata").path("name").asText().equals(name))
                .findFirst();
    }

    private static List<JsonNode> workloads(List<JsonNode> documents) {
        return documents.stream()
                .filter(document -> List.of("Deployment", "StatefulSet", "DaemonSet")
                        .contains(document.path("kind").asText()))
                .toList();
    }

    private static JsonNode onlyDatabaseCluster(List<JsonNode> documents) {
        List<JsonNode> clusters = ofKind(documents, "Cluster");
        assertThat(clusters).as("one CloudNativePG Cluster").hasSize(1);
        return clusters.get(0);
    }

    private static List<JsonNode> containers(JsonNode pod) {
        List<JsonNode> all = new ArrayList<>();
        pod.path("initContainers").forEach(all::add);
        pod.path("containers").forEach(all::add);
        return all;
    }

    /** The service container's environment: its ConfigMaps' entries as literal values, then its own entries. */
    private static Map<String, JsonNode> environment(List<JsonNode> documents, JsonNode workload) {
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

    private static String describe(JsonNode document) {
        return document.path("kind").asText() + "/" + document.path("metadata").path("name").asText();
    }

    private static JsonNode effective(JsonNode containerSecurity, JsonNode podSecurity, String field) {
        return containerSecurity.has(field) ? containerSecurity.path(field) : podSecurity.path(field);
    }

    private static void expectProbe(List<String> violations, String at, JsonNode container, String probe, String path) {
        JsonNode get = container.path(probe).path("httpGet");
        JsonNode port = get.path("port");
        int number = port.isInt() ? port.asInt() : StreamSupport.stream(container.path("ports").spliterator(), false)
                .filter(declared -> declared.path("name").asText().equals(port.asText()))
                .mapToInt(declared -> declared.path("containerPort").asInt())
                .findFirst().orElse(-1);
        expect(violations, at + ": " + probe + " on " + path + " port " + HTTP_PORT,
                get.path("path").asText().equals(path) && number == HTTP_PORT);
    }

    private static boolean mountsEmptyDirOnTmp(JsonNode pod, JsonNode container) {
        return StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                .filter(mount -> mount.path("mountPath").asText().equals("/tmp"))
                .anyMatch(mount -> StreamSupport.stream(pod.path("volumes").spliterator(), false)
                        .anyMatch(volume -> volume.path("name").asText().equals(mount.path("name").asText())
                                && volume.has("emptyDir")));
    }

    private static List<String> textValues(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Map<String, String> labels(JsonNode labels) {
        Map<String, String> map = new HashMap<>();
        labels.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }

    /** A label selector with matchLabels only (the manifests use no matchExpressions); empty selects everything. */
    private static boolean selects(JsonNode selector, Map<String, String> podLabels) {
        assertThat(selector.has("matchExpressions")).as("selectors are written with matchLabels").isFalse();
        return podLabels.entrySet().containsAll(labels(selector.path("matchLabels")).entrySet());
    }

    private static List<JsonNode> rules(List<JsonNode> policies, String direction) {
        return policies.stream()
                .flatMap(policy -> StreamSupport.stream(policy.path("spec").path(direction).spliterator(), false))
                .toList();
    }

    /** A rule's ports as "8080" for TCP and "53/UDP" otherwise. */
    private static List<String> ports(JsonNode rule) {
        return StreamSupport.stream(rule.path("ports").spliterator(), false)
                .map(port -> {
                    String protocol = port.path("protocol").asText("TCP");
                    return port.path("port").asText() + (protocol.equals("TCP") ? "" : "/" + protocol);
                })
                .toList();
    }

    private static void expect(List<String> violations, String rule, boolean kept) {
        if (!kept) {
            violations.add(rule);
        }
    }
}

package city.clearway.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static city.clearway.deploy.ManifestDocuments.HTTP_PORT;
import static city.clearway.deploy.ManifestDocuments.describe;
import static city.clearway.deploy.ManifestDocuments.effective;
import static city.clearway.deploy.ManifestDocuments.expect;
import static city.clearway.deploy.ManifestDocuments.expectProbe;
import static city.clearway.deploy.ManifestDocuments.mountsEmptyDirOnTmp;
import static city.clearway.deploy.ManifestDocuments.textValues;
import static city.clearway.deploy.ManifestDocuments.workloads;
import static city.clearway.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

/** PRODUCT §8: every container of every overlay is probed, bounded, and runs non-root on a read-only root. */
class ContainerLimitsTest {

    @BeforeEach
    void toolsArePresent() {
        Manifests.toolsArePresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("city.clearway.deploy.Manifests#overlays")
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
}

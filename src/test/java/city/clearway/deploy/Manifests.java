package city.clearway.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The overlays under {@code k8s/overlays} rendered with {@code kubectl kustomize} (once each, kept for every test),
 * and the tools the manifest tests run: {@code kubectl}, {@code node} and {@code npm}. Where the environment variable
 * {@code CI} is set, a missing tool fails the test; elsewhere the test is skipped.
 */
final class Manifests {

    static final Path OVERLAYS = Path.of("k8s", "overlays");
    static final Path VALIDATOR = Path.of("k8s", "validate");
    static final YAMLMapper YAML = new YAMLMapper();
    private static final Path WORK = Path.of("target", "k8s-manifests");
    private static final Map<Path, Rendering> RENDERED = new HashMap<>();
    private static Optional<String> missingTool;

    record Rendering(Path file, List<JsonNode> documents) {
    }

    record Outcome(int exitCode, String stdout, String stderr) {
    }

    private Manifests() {
    }

    /** Called before each test, so that a run without the tools reports every test it skipped. */
    static void toolsArePresent() {
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

    static synchronized Rendering render(Path overlay) {
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
    static synchronized void installValidator() {
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

    static Outcome run(Path directory, Path input, String... command) {
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
}

package city.clearway.deploy;

import city.clearway.deploy.Manifests.Outcome;
import city.clearway.deploy.Manifests.Rendering;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;

import static city.clearway.deploy.Manifests.OVERLAYS;
import static city.clearway.deploy.Manifests.VALIDATOR;
import static city.clearway.deploy.Manifests.installValidator;
import static city.clearway.deploy.Manifests.overlays;
import static city.clearway.deploy.Manifests.render;
import static city.clearway.deploy.Manifests.run;
import static org.assertj.core.api.Assertions.assertThat;

/** PRODUCT §8: every overlay builds with {@code kubectl kustomize}, and each document matches the schema of its kind. */
class ManifestSchemaTest {

    @BeforeEach
    void toolsArePresent() {
        Manifests.toolsArePresent();
    }

    @Test
    void productionHasAnOverlay() throws IOException {
        assertThat(overlays()).contains(OVERLAYS.resolve("prod"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("city.clearway.deploy.Manifests#overlays")
    void everyDocumentMatchesTheSchemaOfItsKind(Path overlay) {
        Rendering rendering = render(overlay);
        installValidator();

        Outcome validation = run(VALIDATOR, rendering.file().toAbsolutePath(), "node", "validate.js");

        assertThat(validation.exitCode()).as("%s:%n%s%s", overlay, validation.stdout(), validation.stderr()).isZero();
        assertThat(validation.stdout().lines().filter(line -> line.startsWith("valid ")))
                .as("documents the validator accepted")
                .hasSize(rendering.documents().size());
    }
}

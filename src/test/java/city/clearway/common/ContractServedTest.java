package city.clearway.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@code /q/openapi} serves is the committed contracts (the API and Open311) as one document, not a document
 * generated from the code: in YAML unless JSON is asked for, the API's title and default sign-in, Open311's operations
 * open to anyone (their own contract's sign-in: none).
 */
@QuarkusTest
class ContractServedTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH = Pattern.compile("(?m)^  (/[^:]*):$");

    @Test
    void servedContractHasExactlyTheCommittedPaths() throws Exception {
        String committed = Files.readString(Path.of("openapi/clearway.yaml"), StandardCharsets.UTF_8)
                + Files.readString(Path.of("openapi/open311.yaml"), StandardCharsets.UTF_8);
        Map<String, Object> served = RestAssured.given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        assertThat(new TreeSet<>(served.keySet())).isEqualTo(paths(committed));
        assertThat(served).containsKey("/api/v1/violations/{id}/impound").containsKey("/open311/v2/requests.{format}");
    }

    @Test
    void servedAsTheCommittedFilesSayInEitherFormat() throws Exception {
        ObjectNode main = (ObjectNode) YAML.readTree(Path.of("openapi/clearway.yaml").toFile());
        ObjectNode open311 = (ObjectNode) YAML.readTree(Path.of("openapi/open311.yaml").toFile());
        JsonNode asYaml = YAML.readTree(RestAssured.given().get("/q/openapi")
                .then().statusCode(200).contentType("application/yaml").extract().asByteArray());
        JsonNode asJson = JSON.readTree(RestAssured.given().get("/q/openapi?format=json")
                .then().statusCode(200).contentType("application/json").extract().asByteArray());

        assertThat(asJson).isEqualTo(asYaml);
        assertThat(asJson.get("info")).isEqualTo(main.get("info"));
        assertThat(asJson.get("security")).isEqualTo(main.get("security")).isNotEmpty();
        main.get("paths").properties().forEach(path -> assertThat(asJson.get("paths").get(path.getKey())).as(path.getKey())
                .isEqualTo(path.getValue()));
        open311.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode served = asJson.get("paths").get(path.getKey()).get(operation.getKey());
            assertThat(served.get("security")).as(path.getKey()).isEqualTo(JSON.createArrayNode());
            JsonNode withoutSecurity = ((ObjectNode) served.deepCopy()).without("security");
            assertThat(withoutSecurity).as(path.getKey()).isEqualTo(operation.getValue());
        }));
        for (ObjectNode contract : new ObjectNode[] {main, open311}) {
            contract.get("components").properties().forEach(section -> section.getValue().properties().forEach(entry ->
                    assertThat(asJson.get("components").get(section.getKey()).get(entry.getKey()))
                            .as(section.getKey() + "/" + entry.getKey()).isEqualTo(entry.getValue())));
        }
    }

    @Test
    void theMergeRefusesANameBothContractsGive() {
        ObjectNode main = JSON.createObjectNode();
        main.putObject("components").putObject("schemas").putObject("Point").put("type", "object");
        ObjectNode beside = main.deepCopy();
        assertThatThrownBy(() -> ServedContract.merged(main, beside)).hasMessageContaining("'Point'");
    }

    @Test
    void swaggerUiIsServed() {
        RestAssured.given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static Set<String> paths(String yaml) {
        Set<String> paths = new TreeSet<>();
        Matcher matcher = PATH.matcher(yaml);
        while (matcher.find()) {
            paths.add(matcher.group(1));
        }
        return paths;
    }
}

package city.clearway.common;

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

/** What {@code /q/openapi} serves is the committed contracts (the API and Open311), not a document generated from the code. */
@QuarkusTest
class ContractServedTest {

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

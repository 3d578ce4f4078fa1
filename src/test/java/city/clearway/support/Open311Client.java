package city.clearway.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A civic app calling the Open311 server: every exchange is checked against the committed contract
 * {@code openapi/open311.yaml}, and JSON answers can be checked against the GeoReport v2 JSON schemas
 * ({@code src/test/resources/open311-schemas}).
 */
public final class Open311Client {

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(validator(LevelResolver.create().build()));
    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(validator(LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE)
            .build()));
    private static final RestAssuredConfig UTF8 = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
    /** The JSON Schema validator the contract validator already brings (java-json-tools). */
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.byDefault();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Open311Client() {
    }

    /** A well-behaved app: what it sends and what it gets back must both match the contract. */
    public static RequestSpecification app() {
        return RestAssured.given().config(UTF8).filter(STRICT);
    }

    /** An app that sends what the contract forbids on purpose; only the answers are checked. */
    public static RequestSpecification careless() {
        return RestAssured.given().config(UTF8).filter(RESPONSES_ONLY);
    }

    /** Fails unless {@code json} validates against the GeoReport v2 schema {@code schema} (e.g. {@code requests.json}). */
    public static void assertMatchesSchema(String schema, String json) {
        try {
            JsonNode document = JSON.readTree(json);
            JsonSchema loaded = LOADED.computeIfAbsent(schema, Open311Client::load);
            ProcessingReport report = loaded.validate(document, true);
            assertThat(report.isSuccess()).as("%s against %s: %s", json, schema, report).isTrue();
        } catch (IOException | ProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Relative references ({@code "$ref": "request.json"}) resolve beside the schema, on the test class path. */
    private static JsonSchema load(String name) {
        try {
            return SCHEMAS.getJsonSchema("resource:/open311-schemas/" + name);
        } catch (ProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static OpenApiInteractionValidator validator(LevelResolver levels) {
        try {
            String contract = Files.readString(Path.of("openapi/open311.yaml"), StandardCharsets.UTF_8);
            return OpenApiInteractionValidator.createForInlineApiSpecification(contract).withLevelResolver(levels).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package city.clearway.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every request a test makes goes through the committed contract, {@code openapi/clearway.yaml}: what is sent and
 * what comes back must match it, so code and contract cannot drift apart.
 */
public final class Api {

    /** Requests and responses both validated: for everything a well-behaved client sends. */
    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(validator(LevelResolver.create().build()));

    /**
     * Only responses validated: for tests that send what the contract forbids (bad bodies, no credentials) on
     * purpose, to see the service refuse it in the way the contract says.
     */
    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(validator(LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE)
            .build()));

    private static final RestAssuredConfig UTF8 = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Api() {
    }

    /** A client that keeps to the contract, signed in as {@code username}. */
    public static RequestSpecification as(String username) {
        return as(username, Fixtures.password(username));
    }

    public static RequestSpecification as(String username, String password) {
        return RestAssured.given().config(UTF8).filter(STRICT).auth().preemptive().basic(username, password)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A client that keeps to the contract, with an OIDC provider's access token (CLEARWAY_AUTH=oidc). */
    public static RequestSpecification withToken(String accessToken) {
        return RestAssured.given().config(UTF8).filter(STRICT).auth().oauth2(accessToken)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A client that may break the contract in its request, signed in as {@code username}. */
    public static RequestSpecification misbehavingAs(String username) {
        return RestAssured.given().config(UTF8).filter(RESPONSES_ONLY).auth().preemptive().basic(username, Fixtures.password(username))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A client that is not signed in; only responses are validated. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().config(UTF8).filter(RESPONSES_ONLY).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A client that is not signed in, for the public paths; requests validated too. */
    public static RequestSpecification publicClient() {
        return RestAssured.given().config(UTF8).filter(STRICT).accept(ContentType.JSON);
    }

    private static OpenApiInteractionValidator validator(LevelResolver levels) {
        try {
            String contract = Files.readString(Path.of("openapi/clearway.yaml"), StandardCharsets.UTF_8);
            return OpenApiInteractionValidator.createForInlineApiSpecification(contract).withLevelResolver(levels).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

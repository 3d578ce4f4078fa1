package city.clearway.common;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Retries from the field and the counter are safe: {@code Idempotency-Key} as in the IETF httpapi draft. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    EntityManager em;

    @Inject
    Idempotency idempotency;

    private final TestClock clock = new TestClock();
    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String impound;

    @BeforeEach
    void carInTheLot() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        district = Fixtures.district();
        lot = Fixtures.lot(district, 5);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        impound = Fixtures.impounded(inspector, district, lot).path("id");
    }

    @Test
    void retriedPaymentIsRecordedOnceAndAnsweredTheSameWay() {
        Map<String, Object> payment = Map.of("amount", 1_000_000, "method", "CARD", "reference", "POS-1");
        Response first = pay("pos-retry-1", payment).then().statusCode(201).extract().response();
        Response retry = pay("pos-retry-1", payment).then().statusCode(201).extract().response();

        assertThat(retry.<String>path("receiptNumber")).isEqualTo(first.path("receiptNumber"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        Api.as(clerk).get("/api/v1/impounds/{id}/payments", impound).then().body("$", hasSize(1));
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().body("paid", equalTo(1_000_000));
    }

    @Test
    void sameKeyForAnotherRequestIs422() {
        pay("pos-reuse", Map.of("amount", 1_000_000, "method", "CARD")).then().statusCode(201);
        Api.misbehavingAs(clerk).header("Idempotency-Key", "pos-reuse").body(Map.of("amount", 2_000_000, "method", "CARD"))
                .post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(422).body("type", equalTo("urn:clearway:problem:idempotency-key-reused"));
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().body("paid", equalTo(1_000_000));
    }

    @Test
    void keysBelongToOneUser() {
        String otherClerk = Fixtures.clerk(lot);
        Map<String, Object> payment = Map.of("amount", 500_000, "method", "CASH");
        pay("shared-key", payment).then().statusCode(201);
        Api.as(otherClerk).header("Idempotency-Key", "shared-key").body(payment).post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(201).header("Idempotent-Replayed", (String) null);
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().body("paid", equalTo(1_000_000));
    }

    @Test
    void aFirstAttemptStillRunningIs409() {
        QuarkusTransaction.requiringNew().run(() -> em.persist(new IdempotencyRecord(new IdempotencyRecord.Key(clerk, "in-flight"),
                "0".repeat(64), clock.now())));
        Api.misbehavingAs(clerk).header("Idempotency-Key", "in-flight").body(Map.of("amount", 1000, "method", "CASH"))
                .post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:request-in-progress"));

        // A claim left behind by a request that died without effect is taken over once it is clearly abandoned.
        clock.advance(Duration.ofMinutes(2));
        pay("in-flight", Map.of("amount", 1000, "method", "CASH")).then().statusCode(201);
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().body("paid", equalTo(1000));
    }

    @Test
    void aFailedAttemptLeavesTheKeyFreeForTheRetry() {
        Map<String, Object> tooMuch = Map.of("amount", 999_000_000, "method", "CASH");
        Api.misbehavingAs(clerk).header("Idempotency-Key", "failed-once").body(tooMuch).post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(422);
        Api.misbehavingAs(clerk).header("Idempotency-Key", "failed-once").body(tooMuch).post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(422).body("errors[0].field", equalTo("amount"));
    }

    @Test
    void keysAreKeptForADayAtLeast() {
        Map<String, Object> payment = Map.of("amount", 200_000, "method", "CASH");
        pay("kept-a-day", payment).then().statusCode(201);

        clock.advance(Duration.ofHours(23));
        idempotency.forgetOldKeys();
        pay("kept-a-day", payment).then().statusCode(201).header("Idempotent-Replayed", "true");

        clock.advance(Duration.ofHours(2));
        idempotency.forgetOldKeys();
        pay("kept-a-day", payment).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        Api.as(clerk).get("/api/v1/impounds/{id}/payments", impound).then().body("$", hasSize(2));
    }

    @Test
    void registrationRetriedWithTheSameKeyIsOneViolation() {
        Map<String, Object> body = Fixtures.violationBody(district, Fixtures.plate().spelled());
        Response first = Api.as(inspector).header("Idempotency-Key", "capture-77").body(body).post("/api/v1/violations")
                .then().statusCode(201).extract().response();
        Response retry = Api.as(inspector).header("Idempotency-Key", "capture-77").body(body).post("/api/v1/violations")
                .then().statusCode(201).extract().response();
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        Api.as(inspector).queryParam("plate", (String) body.get("plate")).get("/api/v1/violations").then().body("items", hasSize(1));
    }

    @Test
    void aKeyMustBeVisibleAscii() {
        Api.misbehavingAs(clerk).header("Idempotency-Key", "has space").body(Map.of("amount", 1000, "method", "CASH"))
                .post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        Api.misbehavingAs(clerk).header("Idempotency-Key", "k".repeat(256)).body(Map.of("amount", 1000, "method", "CASH"))
                .post("/api/v1/impounds/{id}/payments", impound).then().statusCode(400);
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().body("paid", equalTo(0));
    }

    @Test
    void aKeySentEmptyBlankOrTwiceIs400AndRecordsNothing() {
        for (String key : new String[] {"", "   "}) {
            for (int attempt = 0; attempt < 2; attempt++) {
                Api.misbehavingAs(clerk).header("Idempotency-Key", key).body(Map.of("amount", 1000, "method", "CASH"))
                        .post("/api/v1/impounds/{id}/payments", impound)
                        .then().statusCode(400).contentType(ProblemMapper.PROBLEM_JSON)
                        .body("type", equalTo(ProblemType.INVALID_PARAMETER.uri()))
                        .body("errors[0].field", equalTo("Idempotency-Key"));
            }
            Api.misbehavingAs(inspector).header("Idempotency-Key", key).body(Fixtures.violationBody(district, Fixtures.plate().spelled()))
                    .post("/api/v1/violations").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        }
        Api.misbehavingAs(clerk).header("Idempotency-Key", "first").header("Idempotency-Key", "second")
                .body(Map.of("amount", 1000, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        Api.as(clerk).get("/api/v1/impounds/{id}/payments", impound).then().body("$", hasSize(0));
        Api.as(inspector).queryParam("districtCode", district).get("/api/v1/violations").then().body("items", hasSize(1));
    }

    private Response pay(String key, Map<String, Object> payment) {
        return Api.as(clerk).header("Idempotency-Key", key).body(payment).post("/api/v1/impounds/{id}/payments", impound);
    }
}

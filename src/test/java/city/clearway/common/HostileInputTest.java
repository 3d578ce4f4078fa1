package city.clearway.common;

import city.clearway.common.FuzzRequests.Base;
import city.clearway.common.FuzzRequests.Probe;
import city.clearway.support.Api;
import city.clearway.support.Contract;
import city.clearway.support.Contract.Operation;
import city.clearway.support.Fixtures;
import city.clearway.support.RawHttp;
import city.clearway.support.RawHttp.Answer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static city.clearway.common.FuzzRequests.body;
import static city.clearway.common.FuzzRequests.headers;
import static city.clearway.common.FuzzRequests.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzzer driven by the contract: for every operation of {@code openapi/clearway.yaml} it takes a request the service
 * would accept and breaks it in one place at a time (each body field given every value its schema forbids, the body
 * malformed, the wrong media type, absurd headers, path and query parameters that cannot be read or lie outside the
 * recorded years), and sends each as a signed-in user who may call the operation and again anonymously. It does the
 * same to the office pages and forms. Every answer must be below 500, every refusal on the API an RFC 9457 problem,
 * every office answer a page, and nothing may change: the audit chain is as long after the run as before it.
 * Finally each unbroken request is sent once and accepted, which shows every broken one was one step from acceptance.
 *
 * <p>Header mutations go on reads, and on writes whose body is refused anyway, so that a header the service rightly
 * ignores (a malformed {@code Accept-Language}) can change nothing either. The generation is deterministic (a fixed
 * seed picks the samples) and bounded; the counts are printed and written to {@code target/fuzz-summary.txt}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final Path SUMMARY = Path.of("target", "fuzz-summary.txt");

    private final FuzzTally tally = new FuzzTally();
    private AcceptedRequests accepted;

    /** Once for the class; in a @BeforeEach because Quarkus points RestAssured at the service only before each test. */
    @BeforeEach
    void aCityWithSomethingOfEverything() {
        if (accepted != null) {
            return;
        }
        accepted = new AcceptedRequests(tally.random);
    }

    @Test
    void everyOperationOfTheContractHasARequestToBreak() {
        List<String> inContract = Contract.operations().stream().map(Operation::id).sorted().toList();
        assertThat(accepted.bases.keySet()).containsExactlyInAnyOrderElementsOf(inContract);
    }

    @Test
    void hostileInputIsRefusedWithAProblemOrAPageAndChangesNothing() throws IOException {
        long before = auditLength();
        List<Operation> operations = Contract.operations();
        ApiProbes probes = new ApiProbes(accepted.bases, tally, accepted.inspector);
        ApiFuzz api = new ApiFuzz(tally);
        for (Operation operation : operations) {
            for (Probe probe : probes.probes(operation)) {
                api.sendToApi(probe);
            }
        }
        new OfficeFuzz(accepted, tally).fuzzOffice();
        long after = auditLength();
        String summary = tally.summary(operations.size(), before, after);
        System.out.println(summary);
        Files.createDirectories(SUMMARY.getParent());
        Files.writeString(SUMMARY, summary + System.lineSeparator(), StandardCharsets.UTF_8);

        assertThat(tally.failures).as("answers that broke the rules (%d); the first ones", tally.failures.size())
                .isEmpty();
        assertThat(after).as("audit chain length after %d hostile requests", tally.requests + tally.officeRequests).isEqualTo(before);
        eachUnbrokenRequestIsAccepted(operations);
    }

    /**
     * Each write's unbroken request, sent once, is accepted: so every broken one differed from an accepted request in
     * one place. Publishing a tariff is left out, as a new version would change the fees of every test after this one.
     */
    private void eachUnbrokenRequestIsAccepted(List<Operation> operations) {
        List<String> refused = new ArrayList<>();
        for (Operation operation : operations) {
            if (!operation.changesState() || operation.id().equals("createTariff")) {
                continue;
            }
            Base base = accepted.bases.get(operation.id());
            RawHttp request = RawHttp.request(operation.method(), target(operation, base.path(), base.query()));
            headers(base, Map.of()).forEach(request::header);
            request.basic(base.user(), Fixtures.password(base.user())).body(body(base));
            Answer answer = request.send();
            if (answer.status() >= 300 || ApiFuzz.allRejected(operation, answer)) {
                refused.add(operation.id() + " -> " + answer.status() + " " + answer.text());
            }
        }
        assertThat(refused).as("unbroken requests the service refused").isEmpty();
    }

    private long auditLength() {
        Response verdict = Api.as(accepted.auditor).get("/api/v1/audit/verify").then().statusCode(200).extract().response();
        assertThat(verdict.<Boolean>path("valid")).isTrue();
        return verdict.<Number>path("length").longValue();
    }
}

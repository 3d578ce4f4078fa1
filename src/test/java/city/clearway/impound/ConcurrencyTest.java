package city.clearway.impound;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Clerks side by side and tows arriving together: the database decides, so exactly one release wins, payments never
 * pass the balance and a lot never holds more than its capacity. No race ends in a 500.
 */
@QuarkusTest
class ConcurrencyTest {

    private String district;
    private String lot;
    private String inspector;
    private String clerk;

    @BeforeEach
    void city() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 100);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
    }

    @Test
    void fiftyParallelReleasesOfOneVehicleReleaseItOnce() throws Exception {
        String impound = paidUp();
        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");

        List<Integer> statuses = Parallel.run(50, i -> Api.misbehavingAs(clerk).header("If-Match", etag)
                .body(Map.of("releasedToName", "Owner " + i, "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Card " + i))
                .post("/api/v1/impounds/{id}/release", impound).statusCode());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 412 || s == 409);
        Api.as(clerk).get("/api/v1/impound-lots/{code}", lot).then().body("occupied", equalTo(0));
    }

    @Test
    void parallelPaymentsNeverExceedTheBalance() throws Exception {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        int balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().path("balance");
        int share = balance / 8 + 1;

        List<Integer> statuses = Parallel.run(20, i -> Api.misbehavingAs(clerk).body(Map.of("amount", share, "method", "CASH"))
                .post("/api/v1/impounds/{id}/payments", impound).statusCode());

        long accepted = statuses.stream().filter(s -> s == 201).count();
        assertThat(accepted).isEqualTo(balance / share);
        assertThat(statuses).allMatch(s -> s == 201 || s == 422);
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then()
                .body("paid", equalTo((int) (accepted * share)))
                .body("balance", equalTo((int) (balance - accepted * share)));
    }

    @Test
    void parallelTowsNeverOverfillALot() throws Exception {
        String smallLot = Fixtures.lot(district, 5);
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            violations.add(Fixtures.register(inspector, district).path("id"));
        }

        List<Response> responses = Parallel.run(20, i -> Api.misbehavingAs(inspector).body(Map.of("lotCode", smallLot))
                .post("/api/v1/violations/{id}/impound", violations.get(i)));

        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(5);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409)
                .allMatch(r -> r.<String>path("type").equals("urn:clearway:problem:lot-full"))
                .hasSize(15);
        Api.as(inspector).get("/api/v1/impound-lots/{code}", smallLot).then().body("occupied", equalTo(5));
    }

    @Test
    void oneViolationTowedTwiceAtOnceIsImpoundedOnce() throws Exception {
        String violation = Fixtures.register(inspector, district).path("id");

        List<Integer> statuses = Parallel.run(10, i -> Api.misbehavingAs(inspector).body(Map.of("lotCode", lot))
                .post("/api/v1/violations/{id}/impound", violation).statusCode());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        Api.as(inspector).get("/api/v1/impound-lots/{code}", lot).then().body("occupied", equalTo(1));
    }

    @Test
    void parallelCancelsWithOneEtagCancelOnce() throws Exception {
        Response registered = Fixtures.register(inspector, district);
        String supervisor = Fixtures.supervisor();

        List<Integer> statuses = Parallel.run(20, i -> Api.misbehavingAs(supervisor).header("If-Match", registered.header("ETag"))
                .body(Map.of("reason", "Duplicate " + i)).post("/api/v1/violations/{id}/cancel", registered.<String>path("id")).statusCode());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 412 || s == 409);
    }

    private String paidUp() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        int balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().path("balance");
        Api.as(clerk).body(Map.of("amount", balance, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(201);
        return impound;
    }
}

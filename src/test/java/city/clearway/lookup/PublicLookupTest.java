package city.clearway.lookup;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.StandardTariff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What anyone may ask without signing in (PRODUCT §4 "Public"): an open case, to someone who knows both its plate and
 * its ticket, at most thirty times a minute from one address; closed cases and mismatched pairs give nothing.
 */
@QuarkusTest
class PublicLookupTest {

    private String district;
    private String lot;
    private String inspector;
    private String clerk;

    @BeforeEach
    void cityWithALot() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 5);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        Fixtures.tariffInForce();
    }

    @Test
    void plateAndTicketTogetherShowAnOpenCaseAndNothingPersonal() {
        Fixtures.PlateText plate = Fixtures.plate();
        Response registered = Api.as(inspector).body(Fixtures.violationBody(district, plate.spelled())).post("/api/v1/violations")
                .then().statusCode(201).extract().response();
        String ticket = registered.path("ticketNumber");
        Api.as(inspector).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", registered.<String>path("id"))
                .then().statusCode(201);

        Response found = lookup(plate.canonical().replace("-", " ایران "), ticket, "192.0.2.10");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.<List<?>>path("items")).hasSize(1);
        assertThat(found.<String>path("items[0].status")).isEqualTo("IMPOUNDED");
        assertThat(found.<String>path("items[0].lotName")).isEqualTo("Lot " + lot);
        assertThat(found.<Integer>path("items[0].balance")).isEqualTo((int) StandardTariff.CAR_ON_SIDEWALK_AT_INTAKE);
        assertThat(found.asString()).doesNotContain(inspector).doesNotContain("Parked across the ramp").doesNotContain("38.0792");

        Fixtures.PlateText other = Fixtures.plate();
        assertThat(lookup(other.canonical(), ticket, "192.0.2.10").<List<?>>path("items")).as("another plate's ticket").isEmpty();
    }

    @Test
    void eitherAloneIsRefused() {
        Response registered = Fixtures.register(inspector, district);
        fromOwnAddress().queryParam("plate", registered.<String>path("plate")).get("/api/v1/public/lookup").then().statusCode(400)
                .contentType("application/problem+json");
        fromOwnAddress().queryParam("ticket", registered.<String>path("ticketNumber")).get("/api/v1/public/lookup")
                .then().statusCode(400);
        fromOwnAddress().get("/api/v1/public/lookup").then().statusCode(400);
    }

    @Test
    void releasedAndCancelledCasesAreNotShown() {
        Response cancelled = Fixtures.register(inspector, district);
        Api.as(Fixtures.supervisor()).header("If-Match", cancelled.header("ETag")).body(Map.of("reason", "Wrong street"))
                .post("/api/v1/violations/{id}/cancel", cancelled.<String>path("id")).then().statusCode(200);
        assertThat(lookup(cancelled.path("plate"), cancelled.path("ticketNumber"), "192.0.2.11").<List<?>>path("items")).isEmpty();

        Response impound = Fixtures.impounded(inspector, district, lot);
        String ticket = impound.path("ticketNumber");
        String plate = impound.path("plate");
        assertThat(lookup(plate, ticket, "192.0.2.11").<List<?>>path("items")).hasSize(1);
        String id = impound.path("id");
        Api.as(clerk).body(Map.of("amount", StandardTariff.CAR_ON_SIDEWALK_AT_INTAKE, "method", "CASH"))
                .post("/api/v1/impounds/{id}/payments", id).then().statusCode(201);
        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", id).header("ETag");
        Api.as(clerk).header("If-Match", etag).body(Map.of("releasedToName", "Reza Ahmadi", "releasedToNationalId", NationalIds.next(),
                "ownershipDocument", "Vehicle card 1")).post("/api/v1/impounds/{id}/release", id).then().statusCode(200);
        assertThat(lookup(plate, ticket, "192.0.2.11").<List<?>>path("items")).isEmpty();
    }

    @Test
    void oneAddressMayLookUpThirtyTimesAMinute() {
        Response registered = Fixtures.register(inspector, district);
        String plate = registered.path("plate");
        String ticket = registered.path("ticketNumber");
        for (int i = 0; i < PublicLookupService.LOOKUPS_PER_MINUTE; i++) {
            assertThat(lookup(plate, ticket, "192.0.2.99").statusCode()).isEqualTo(200);
        }
        Response refused = lookup(plate, ticket, "192.0.2.99");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.<String>path("type")).isEqualTo("urn:clearway:problem:too-many-requests");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(lookup(plate, ticket, "192.0.2.100").statusCode()).as("another address").isEqualTo(200);
    }

    /** Not the loopback: its lookups per minute are shared with every other test's, so a refusal could meet the limit. */
    private static RequestSpecification fromOwnAddress() {
        return Api.anonymous().header("X-Forwarded-For", "192.0.2.31");
    }

    private static Response lookup(String plate, String ticket, String address) {
        return Api.publicClient().header("X-Forwarded-For", address).queryParam("plate", plate).queryParam("ticket", ticket)
                .get("/api/v1/public/lookup");
    }
}

package city.clearway.security;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Images;
import city.clearway.support.NationalIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Who may do what, and where (PRODUCT §2, §7): every object checked, not just every endpoint. */
@QuarkusTest
class ScopingTest {

    private static final String OUTSIDE_SCOPE = "urn:clearway:problem:outside-your-scope";

    private String districtA;
    private String districtB;
    private String lotA;
    private String lotB;
    private String inspectorA;
    private String inspectorB;
    private String clerkA;
    private String clerkB;

    @BeforeEach
    void twoDistrictsTwoLots() {
        districtA = Fixtures.district();
        districtB = Fixtures.district();
        lotA = Fixtures.lot(districtA, 10);
        lotB = Fixtures.lot(districtB, 10);
        inspectorA = Fixtures.inspector(districtA);
        inspectorB = Fixtures.inspector(districtB);
        clerkA = Fixtures.clerk(lotA);
        clerkB = Fixtures.clerk(lotB);
        Fixtures.tariffInForce();
    }

    @Test
    void inspectorWritesOnlyInTheirDistrictAndCannotSeeAnotherOne() {
        Api.misbehavingAs(inspectorA).body(Fixtures.violationBody(districtB, Fixtures.plate().spelled())).post("/api/v1/violations")
                .then().statusCode(403).body("type", equalTo(OUTSIDE_SCOPE));

        String inB = Fixtures.register(inspectorB, districtB).path("id");
        Api.misbehavingAs(inspectorA).get("/api/v1/violations/{id}", inB).then().statusCode(404);
        Api.misbehavingAs(inspectorA).body(Map.of("lotCode", lotA)).post("/api/v1/violations/{id}/impound", inB).then().statusCode(404);
        Api.misbehavingAs(inspectorA).body(Map.of("amount", 2_000_000, "method", "CASH"))
                .post("/api/v1/violations/{id}/settle", inB).then().statusCode(404);
        Api.misbehavingAs(inspectorA).get("/api/v1/violations/{id}/photos", inB).then().statusCode(404);

        Fixtures.register(inspectorA, districtA);
        Api.as(inspectorA).get("/api/v1/violations").then().statusCode(200)
                .body("items", not(empty()))
                .body("items.districtCode", everyItem(equalTo(districtA)));
        Api.misbehavingAs(inspectorA).queryParam("districtCode", districtB).get("/api/v1/violations")
                .then().statusCode(403).body("type", equalTo(OUTSIDE_SCOPE));
    }

    @Test
    void clerkWorksOnlyAtTheirLot() {
        Response inLotB = Fixtures.impounded(inspectorB, districtB, lotB);
        String impoundB = inLotB.path("id");

        Api.misbehavingAs(clerkA).get("/api/v1/impounds/{id}", impoundB).then().statusCode(404);
        Api.misbehavingAs(clerkA).body(Map.of("amount", 1000, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impoundB)
                .then().statusCode(404);
        Api.misbehavingAs(clerkA).header("If-Match", inLotB.header("ETag"))
                .body(Map.of("releasedToName", "X", "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Y"))
                .post("/api/v1/impounds/{id}/release", impoundB).then().statusCode(404);
        Api.as(clerkB).get("/api/v1/impounds/{id}/fees", impoundB).then().statusCode(200).body("paid", equalTo(0));

        Api.misbehavingAs(clerkA).queryParam("lot", lotB).get("/api/v1/impounds").then().statusCode(403).body("type", equalTo(OUTSIDE_SCOPE));
        Api.as(clerkA).get("/api/v1/impounds").then().statusCode(200).body("lotCode", everyItem(equalTo(lotA)));
        Api.as(clerkB).get("/api/v1/impounds").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(impoundB));

        String registeredInA = Fixtures.register(inspectorA, districtA).path("id");
        Api.misbehavingAs(clerkA).body(Map.of("lotCode", lotB)).post("/api/v1/violations/{id}/impound", registeredInA)
                .then().statusCode(403).body("type", equalTo(OUTSIDE_SCOPE));
        Api.as(clerkA).body(Map.of("lotCode", lotA)).post("/api/v1/violations/{id}/impound", registeredInA).then().statusCode(201);
    }

    @Test
    void auditorReadsEverythingAndChangesNothing() {
        String auditor = Fixtures.auditor();
        Response impound = Fixtures.impounded(inspectorA, districtA, lotA);
        String impoundId = impound.path("id");
        String violationId = impound.path("violationId");

        Api.as(auditor).get("/api/v1/violations/{id}", violationId).then().statusCode(200);
        Api.as(auditor).get("/api/v1/impounds/{id}", impoundId).then().statusCode(200);
        Api.as(auditor).queryParam("districtCode", districtA).get("/api/v1/violations").then().statusCode(200).body("items", hasSize(1));
        Api.as(auditor).get("/api/v1/tariffs").then().statusCode(200);

        Api.misbehavingAs(auditor).body(Fixtures.violationBody(districtA, Fixtures.plate().spelled())).post("/api/v1/violations")
                .then().statusCode(403);
        Api.misbehavingAs(auditor).body(Map.of("amount", 1000, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impoundId)
                .then().statusCode(403);
        Api.misbehavingAs(auditor).body(Map.of("amount", 1000, "reason", "x")).post("/api/v1/impounds/{id}/waivers", impoundId)
                .then().statusCode(403);
        Api.misbehavingAs(auditor).body(Map.of("authority", "POLICE", "reason", "x")).post("/api/v1/impounds/{id}/holds", impoundId)
                .then().statusCode(403);
        Api.misbehavingAs(auditor).header("If-Match", impound.header("ETag"))
                .body(Map.of("releasedToName", "X", "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Y"))
                .post("/api/v1/impounds/{id}/release", impoundId).then().statusCode(403);
        Api.misbehavingAs(auditor).header("If-Match", "\"0\"").body(Map.of("reason", "x"))
                .post("/api/v1/violations/{id}/cancel", violationId).then().statusCode(403);
        Api.misbehavingAs(auditor).body(Map.of("code", "AUD01", "name", "x")).post("/api/v1/districts").then().statusCode(403);
        Api.misbehavingAs(auditor).body(Map.of("username", "sneaky", "password", "sneaky-password", "roles", List.of("ADMIN")))
                .post("/api/v1/users").then().statusCode(403);

        Api.as(auditor).get("/api/v1/impounds/{id}/fees", impoundId).then().body("paid", equalTo(0)).body("waived", equalTo(0));
        Api.as(auditor).get("/api/v1/impounds/{id}", impoundId).then().body("holds", empty()).body("status", equalTo("IN_LOT"));
    }

    @Test
    void onlyAnAdministratorManagesReferenceDataAndAccounts() {
        String supervisor = Fixtures.supervisor();
        Api.misbehavingAs(supervisor).body(city.clearway.support.StandardTariff.body(null)).post("/api/v1/tariffs").then().statusCode(403);
        Api.misbehavingAs(supervisor).body(Map.of("code", "LOT-X", "name", "x", "districtCode", districtA, "address", "a", "capacity", 3))
                .post("/api/v1/impound-lots").then().statusCode(403);
        Api.misbehavingAs(clerkA).get("/api/v1/users").then().statusCode(403);
        Api.as(Fixtures.ADMIN).get("/api/v1/users").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.hasItems(inspectorA, clerkA))
                .body("password", everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void onlyASupervisorCancelsWaivesAndHolds() {
        Response impound = Fixtures.impounded(inspectorA, districtA, lotA);
        String impoundId = impound.path("id");
        Api.misbehavingAs(clerkA).body(Map.of("amount", 1000, "reason", "friend")).post("/api/v1/impounds/{id}/waivers", impoundId)
                .then().statusCode(403);
        Api.misbehavingAs(clerkA).body(Map.of("authority", "POLICE", "reason", "x")).post("/api/v1/impounds/{id}/holds", impoundId)
                .then().statusCode(403);
        Response registered = Fixtures.register(inspectorA, districtA);
        Api.misbehavingAs(inspectorA).header("If-Match", registered.header("ETag")).body(Map.of("reason", "mine"))
                .post("/api/v1/violations/{id}/cancel", registered.<String>path("id")).then().statusCode(403);
    }

    /** §2: a clerk sees their lot, so the violations of the vehicles towed there and nothing else. */
    @Test
    void aClerkReadsOnlyTheViolationsOfVehiclesInTheirLot() {
        Response inLotA = Fixtures.impounded(inspectorA, districtA, lotA);
        Response inLotB = Fixtures.impounded(inspectorB, districtB, lotB);
        String registeredOnly = Fixtures.register(inspectorB, districtB).path("id");
        Api.as(inspectorB).contentType("image/png").body(Images.png()).post("/api/v1/violations/{id}/photos", inLotB.<String>path("violationId"))
                .then().statusCode(201);

        Api.as(clerkA).get("/api/v1/violations/{id}", inLotA.<String>path("violationId")).then().statusCode(200);
        Api.as(clerkA).get("/api/v1/violations/{id}/photos", inLotA.<String>path("violationId")).then().statusCode(200);
        Api.misbehavingAs(clerkA).get("/api/v1/violations/{id}", inLotB.<String>path("violationId")).then().statusCode(404);
        Api.misbehavingAs(clerkA).get("/api/v1/violations/{id}/photos", inLotB.<String>path("violationId")).then().statusCode(404);
        String sha = Api.as(clerkB).get("/api/v1/violations/{id}/photos", inLotB.<String>path("violationId")).path("[0].sha256");
        Api.misbehavingAs(clerkA).accept("image/png").get("/api/v1/violations/{id}/photos/{sha}", inLotB.<String>path("violationId"), sha)
                .then().statusCode(404);
        Api.misbehavingAs(clerkA).get("/api/v1/violations/{id}", registeredOnly).then().statusCode(404);
        Api.misbehavingAs(clerkA).get("/api/v1/violations").then().statusCode(403);
    }
}

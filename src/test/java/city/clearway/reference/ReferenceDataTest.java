package city.clearway.reference;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.StandardTariff;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Districts, lots, accounts, tariffs and violation types, as an administrator sets them up and everyone reads them. */
@QuarkusTest
class ReferenceDataTest {

    @Test
    void districtsAreCreatedOnceAndReadByEveryone() {
        String code = Fixtures.district();
        String inspector = Fixtures.inspector(code);
        Api.as(inspector).get("/api/v1/districts").then().statusCode(200).body("code", hasItem(code));
        Api.as(inspector).get("/api/v1/districts/{code}", code).then().statusCode(200).body("name", equalTo("District " + code));
        Api.misbehavingAs(Fixtures.ADMIN).body(Map.of("code", code, "name", "Again")).post("/api/v1/districts")
                .then().statusCode(409).body("type", equalTo("urn:clearway:problem:already-exists"));
        Api.misbehavingAs(Fixtures.ADMIN).body(Map.of("code", "tabriz-1", "name", "x")).post("/api/v1/districts")
                .then().statusCode(422).body("errors[0].field", equalTo("code"));
    }

    @Test
    void lotsStartEmptyAndNeedAnExistingDistrict() {
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 40);
        Api.as(Fixtures.ADMIN).get("/api/v1/impound-lots/{code}", lot).then().statusCode(200)
                .body("capacity", equalTo(40)).body("occupied", equalTo(0)).body("districtCode", equalTo(district));
        Api.as(Fixtures.ADMIN).get("/api/v1/impound-lots").then().body("code", hasItem(lot));
        Api.misbehavingAs(Fixtures.ADMIN)
                .body(Map.of("code", "LOT-NOWHERE", "name", "x", "districtCode", "NOP99", "address", "a", "capacity", 3))
                .post("/api/v1/impound-lots").then().statusCode(422).body("errors[0].field", equalTo("districtCode"));
        Api.misbehavingAs(Fixtures.ADMIN)
                .body(Map.of("code", "LOT-ZERO", "name", "x", "districtCode", district, "address", "a", "capacity", 0))
                .post("/api/v1/impound-lots").then().statusCode(422).body("errors[0].field", equalTo("capacity"));
        Api.misbehavingAs(Fixtures.ADMIN).get("/api/v1/impound-lots/{code}", "LOT-NOWHERE").then().statusCode(404);
    }

    @Test
    void accountsAreBoundToTheirDistrictOrLotAndNeverShowTheirPassword() {
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 5);
        String both = Fixtures.user("field-and-lot", List.of("INSPECTOR", "CLERK"), district, lot);
        Api.as(Fixtures.ADMIN).get("/api/v1/users/{username}", both).then().statusCode(200)
                .body("roles", contains("INSPECTOR", "CLERK")).body("districtCode", equalTo(district)).body("lotCode", equalTo(lot))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("password")));
        Api.as(both).get("/api/v1/districts").then().statusCode(200);

        Api.misbehavingAs(Fixtures.ADMIN).body(Map.of("username", "lonely-inspector", "password", "long-enough-pw", "roles", List.of("INSPECTOR")))
                .post("/api/v1/users").then().statusCode(422).body("errors[0].field", equalTo("districtCode"));
        Api.misbehavingAs(Fixtures.ADMIN).body(Map.of("username", "lost-clerk", "password", "long-enough-pw", "roles", List.of("CLERK"),
                        "lotCode", "LOT-NONE"))
                .post("/api/v1/users").then().statusCode(422).body("errors.field", hasItems("lotCode"));
        Api.misbehavingAs(Fixtures.ADMIN).body(Map.of("username", "shorty", "password", "short", "roles", List.of("AUDITOR")))
                .post("/api/v1/users").then().statusCode(422).body("errors[0].field", equalTo("password"));
        Api.misbehavingAs(Fixtures.ADMIN).body(Map.of("username", both, "password", "long-enough-pw", "roles", List.of("AUDITOR")))
                .post("/api/v1/users").then().statusCode(409);
    }

    @Test
    void violationTypesCarryEnglishAndPersianLabels() {
        Api.as(Fixtures.ADMIN).get("/api/v1/violation-types").then().statusCode(200)
                .body("$", hasSize(7))
                .body("find { it.code == 'SIDEWALK_PARKING' }.fa", equalTo("توقف روی پیاده‌رو"))
                .body("find { it.code == 'VENDOR_OCCUPATION' }.en", equalTo("Vehicle used as a street stall"));
    }

    @Test
    void tariffVersionsAreCompleteAndNeverStartInThePast() {
        Fixtures.tariffInForce();
        Api.as(Fixtures.ADMIN).get("/api/v1/tariffs/current").then().statusCode(200)
                .body("currency", equalTo("IRR")).body("fines.SIDEWALK_PARKING", equalTo((int) StandardTariff.FINE_SIDEWALK));

        Map<String, Object> incomplete = StandardTariff.body(null);
        ((Map<?, ?>) incomplete.get("towFees")).remove("HEAVY");
        Api.misbehavingAs(Fixtures.ADMIN).body(incomplete).post("/api/v1/tariffs")
                .then().statusCode(422).body("errors[0].field", equalTo("towFees.HEAVY"));

        Map<String, Object> past = StandardTariff.body(Fixtures.iso(OffsetDateTime.now(Fixtures.TEHRAN).minusDays(1)));
        Api.misbehavingAs(Fixtures.ADMIN).body(past).post("/api/v1/tariffs")
                .then().statusCode(422).body("errors.field", hasItem("effectiveFrom"));

        Map<String, Object> fractionalVat = StandardTariff.body(null);
        fractionalVat.put("vatPercent", 9.125);
        Api.misbehavingAs(Fixtures.ADMIN).body(fractionalVat).post("/api/v1/tariffs")
                .then().statusCode(422).body("errors[0].field", equalTo("vatPercent"));

        Api.as(Fixtures.ADMIN).get("/api/v1/tariffs").then().statusCode(200).body("[0].createdBy", startsWith(""));
    }
}

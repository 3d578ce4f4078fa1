package city.clearway.demo;

import city.clearway.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** {@code CLEARWAY_DEMO=true}: a newcomer can try every role at once. */
@QuarkusTest
@TestProfile(DemoCityTest.DemoMode.class)
class DemoCityTest {

    public static class DemoMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("clearway.demo", "true");
        }
    }

    @Test
    void tabrizIsSeededWithItsTenDistrictsTwoLotsATariffAndOneUserOfEachRole() {
        Api.as("auditor", DemoCity.DEMO_PASSWORD).get("/api/v1/districts").then().statusCode(200)
                .body("code", hasItems("TBZ01", "TBZ02", "TBZ03", "TBZ04", "TBZ05", "TBZ06", "TBZ07", "TBZ08", "TBZ09", "TBZ10"));
        Api.as("clerk", DemoCity.DEMO_PASSWORD).get("/api/v1/impound-lots").then().statusCode(200)
                .body("code", hasItems(DemoCity.LOT_NORTH, DemoCity.LOT_SOUTH));
        Api.as("inspector", DemoCity.DEMO_PASSWORD).get("/api/v1/tariffs/current").then().statusCode(200)
                .body("version", equalTo(1)).body("vatPercent", equalTo(10.0f));
        Api.as("supervisor", DemoCity.DEMO_PASSWORD).get("/api/v1/tariffs").then().statusCode(200);
        Api.as("admin", "admin-password-for-tests").get("/api/v1/users/{username}", "inspector").then()
                .body("districtCode", equalTo("TBZ01"));
        Api.as("admin", "admin-password-for-tests").get("/api/v1/users/{username}", "clerk").then()
                .body("lotCode", equalTo(DemoCity.LOT_NORTH));
    }
}

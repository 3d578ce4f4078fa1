package city.clearway.reference;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** An administrator draws a district's boundary; complaints inside it are routed there at once. */
@QuarkusTest
class DistrictBoundariesTest {

    @Inject
    DistrictBoundaries boundaries;

    /** A square far from every other test's districts, so routing here answers only for this one. */
    static Map<String, Object> square(double lon, double lat, double side) {
        return Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(lon, lat), List.of(lon + side, lat),
                List.of(lon + side, lat + side), List.of(lon, lat + side), List.of(lon, lat))));
    }

    @Test
    void aBoundaryIsSetReadBackAndRoutesAtOnce() {
        String code = Fixtures.district();
        assertThat(boundaries.districtAt(-30.5, 150.5)).isEmpty();
        Api.as(Fixtures.ADMIN).body(Map.of("name", "Renamed " + code, "boundary", square(150.0, -31.0, 1.0)))
                .put("/api/v1/districts/{code}", code).then().statusCode(200)
                .body("name", equalTo("Renamed " + code)).body("boundary.type", equalTo("Polygon"))
                .body("boundary.coordinates[0][2]", equalTo(List.of(151.0f, -30.0f)));
        String inspector = Fixtures.inspector(code);
        Api.as(inspector).get("/api/v1/districts/{code}", code).then().statusCode(200)
                .body("boundary.coordinates[0]", org.hamcrest.Matchers.hasSize(5));
        assertThat(boundaries.districtAt(-30.5, 150.5)).contains(code);
        assertThat(boundaries.districtAt(-30.0, 151.0)).as("on the edge").contains(code);
        assertThat(boundaries.districtAt(-29.5, 150.5)).isEmpty();

        Api.as(Fixtures.ADMIN).body(Map.of("name", "Renamed " + code)).put("/api/v1/districts/{code}", code)
                .then().statusCode(200).body("$", not(hasKey("boundary")));
        assertThat(boundaries.districtAt(-30.5, 150.5)).as("boundary removed").isEmpty();
    }

    @Test
    void aBadBoundaryChangesNothing() {
        String code = Fixtures.district();
        Map<String, Object> open = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(10.0, 10.0), List.of(11.0, 10.0), List.of(11.0, 11.0), List.of(10.0, 11.0))));
        Api.as(Fixtures.ADMIN).body(Map.of("name", "Never", "boundary", open)).put("/api/v1/districts/{code}", code)
                .then().statusCode(422).body("errors.field", hasItems("boundary.coordinates[0]"));
        Map<String, Object> bowTie = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(10.0, 10.0), List.of(11.0, 11.0), List.of(11.0, 10.0), List.of(10.0, 11.0), List.of(10.0, 10.0))));
        Api.as(Fixtures.ADMIN).body(Map.of("name", "Never", "boundary", bowTie)).put("/api/v1/districts/{code}", code)
                .then().statusCode(422).body("errors[0].field", equalTo("boundary.coordinates"));
        Api.as(Fixtures.ADMIN).get("/api/v1/districts/{code}", code).then().body("name", equalTo("District " + code))
                .body("$", not(hasKey("boundary")));
        Api.as(Fixtures.ADMIN).body(Map.of("name", "Nowhere")).put("/api/v1/districts/{code}", "NOP98").then().statusCode(404);
    }

    @Test
    void onlyAnAdministratorDrawsBoundaries() {
        String code = Fixtures.district();
        Api.as(Fixtures.supervisor()).body(Map.of("name", "Mine")).put("/api/v1/districts/{code}", code).then().statusCode(403);
        Api.as(Fixtures.inspector(code)).body(Map.of("name", "Mine")).put("/api/v1/districts/{code}", code).then().statusCode(403);
    }

    @Test
    void aDistrictMayBeCreatedWithItsBoundary() {
        Api.as(Fixtures.ADMIN).body(Map.of("code", "BND01", "name", "Bounded", "boundary", square(-70.0, -50.0, 0.5)))
                .post("/api/v1/districts").then().statusCode(201).body("boundary.type", equalTo("Polygon"));
        assertThat(boundaries.districtAt(-49.75, -69.75)).contains("BND01");
    }
}

package city.clearway.security;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.Office;
import city.clearway.support.StandardTariff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What browsers are told (PRODUCT §7): no framing, no sniffing, no referrer leaks, and nothing personal kept in a cache. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyOfficePageForbidsFramingInlineScriptsSniffingAndCaching() {
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 5);
        String clerk = Fixtures.clerk(lot);
        String inspector = Fixtures.inspector(district);
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        Office office = Office.signIn(clerk);

        List<Response> pages = List.of(RestAssured.given().get("/office/login"), office.get("/office"), office.get("/office/impounds"),
                office.get("/office/impounds/{id}", impound), office.get("/office/no-such-page"));
        for (Response page : pages) {
            assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(page.header("Cache-Control")).isEqualTo("no-store");
            assertThat(page.asString()).doesNotContain("onclick=").doesNotContain("javascript:");
        }
    }

    @Test
    void apiAnswersCarryingANationalIdAreNeverStored() {
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 5);
        String clerk = Fixtures.clerk(lot);
        Response impound = Fixtures.impounded(Fixtures.inspector(district), district, lot);
        String id = impound.path("id");
        Api.as(clerk).body(Map.of("amount", StandardTariff.CAR_ON_SIDEWALK_AT_INTAKE, "method", "CASH"))
                .post("/api/v1/impounds/{id}/payments", id).then().statusCode(201);
        String nationalId = NationalIds.next();
        Response released = Api.as(clerk).header("If-Match", Api.as(clerk).get("/api/v1/impounds/{id}", id).header("ETag"))
                .body(Map.of("releasedToName", "Reza Ahmadi", "releasedToNationalId", nationalId, "ownershipDocument", "Card 7"))
                .post("/api/v1/impounds/{id}/release", id);
        Response read = Api.as(clerk).get("/api/v1/impounds/{id}", id);
        for (Response answer : List.of(released, read)) {
            assertThat(answer.asString()).contains(nationalId);
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }
}

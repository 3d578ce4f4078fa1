package city.clearway.impound;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Who may take the car (PRODUCT §9): the owner, a company's agent, a foreign national or an attorney, each with the
 * documents of their kind, kept on the release, shown with it and written into the audit chain. A missing or wrong
 * document is a {@code 422} naming the field, and the vehicle stays where it was.
 */
@QuarkusTest
class ReleaseKindsTest {

    private static final String COMPANY_ID = "10380284790";

    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String auditor;

    @BeforeEach
    void cityWithALot() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 20);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        auditor = Fixtures.auditor();
        Fixtures.tariffInForce();
    }

    @Test
    void anOwnerRequestWithoutAKindReleasesToTheOwnerAsBefore() {
        String impound = paidImpound();
        String agentId = NationalIds.next();
        release(impound, body("Reza Ahmadi", agentId, null)).then().statusCode(200)
                .body("releasedTo.kind", equalTo("OWNER")).body("releasedToNationalId", equalTo(agentId))
                .body("releasedTo.companyNationalId", nullValue());
    }

    @Test
    void aCompanysAgentTakesTheCarWithTheCompanysIdAndTheirOwn() {
        String impound = paidImpound();
        String agentId = NationalIds.next();
        Response released = release(impound, body("Sara Karimi", agentId, Map.of("kind", "LEGAL_ENTITY",
                "companyName", "Tabriz Transport Co.", "companyNationalId", "۱۰۳۸۰۲۸۴۷۹۰")))
                .then().statusCode(200).extract().response();
        assertThat(released.<String>path("releasedTo.kind")).isEqualTo("LEGAL_ENTITY");
        assertThat(released.<String>path("releasedTo.companyNationalId")).isEqualTo(COMPANY_ID);
        assertThat(released.<String>path("releasedTo.companyName")).isEqualTo("Tabriz Transport Co.");
        assertThat(released.<String>path("releasedToName")).isEqualTo("Sara Karimi");
        assertThat(released.<String>path("releasedToNationalId")).isEqualTo(agentId);

        Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().statusCode(200)
                .body("release.releasedTo.kind", equalTo("LEGAL_ENTITY")).body("release.releasedTo.companyNationalId", equalTo(COMPANY_ID));
        String violation = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().path("violationId");
        Response history = Api.as(auditor).get("/api/v1/violations/{id}/history", violation).then().statusCode(200).extract().response();
        List<Map<String, Object>> events = history.path("events");
        Map<String, Object> releasedEvent = events.stream().filter(e -> "VEHICLE_RELEASED".equals(e.get("action"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) releasedEvent.get("data");
        assertThat(data).containsEntry("releasedToKind", "LEGAL_ENTITY").containsEntry("companyNationalId", COMPANY_ID)
                .containsEntry("releasedToNationalId", agentId);
    }

    @Test
    void aForeignNationalTakesTheCarWithAPassportAndNoNationalId() {
        String impound = paidImpound();
        Response released = release(impound, body("Anna Schmidt", null, Map.of("kind", "FOREIGN_NATIONAL",
                "documentType", "PASSPORT", "documentNumber", "c01x00t47", "country", "DE")))
                .then().statusCode(200).extract().response();
        assertThat(released.<String>path("releasedTo.documentNumber")).isEqualTo("C01X00T47");
        assertThat(released.<String>path("releasedTo.country")).isEqualTo("DE");
        assertThat(released.<String>path("releasedTo.documentType")).isEqualTo("PASSPORT");
        assertThat(released.<String>path("releasedToNationalId")).isNull();
    }

    @Test
    void anAttorneyTakesTheCarWithThePowerOfAttorney() {
        String impound = paidImpound();
        String attorney = NationalIds.next();
        release(impound, body("Hamid Rahimi", attorney, Map.of("kind", "AGENT", "powerOfAttorneyNumber", "1403/5521")))
                .then().statusCode(200)
                .body("releasedTo.kind", equalTo("AGENT")).body("releasedTo.powerOfAttorneyNumber", equalTo("1403/5521"))
                .body("releasedToNationalId", equalTo(attorney));
    }

    @Test
    void eachMissingOrWrongDocumentIsRefusedNamingTheFieldAndNothingChanges() {
        String impound = paidImpound();
        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        long auditBefore = auditLength();
        String person = NationalIds.next();
        Map<String, Map<String, Object>> refusals = new LinkedHashMap<>();
        refusals.put("releasedToNationalId", body("Reza", null, null));
        refusals.put("releasedTo.companyNationalId", body("Sara", person, Map.of("kind", "LEGAL_ENTITY", "companyName", "Co",
                "companyNationalId", "10380284791")));
        refusals.put("releasedTo.companyName", body("Sara", person, Map.of("kind", "LEGAL_ENTITY", "companyNationalId", COMPANY_ID)));
        refusals.put("releasedTo.country", body("Anna", null, Map.of("kind", "FOREIGN_NATIONAL", "documentType", "PASSPORT",
                "documentNumber", "C01X00T47", "country", "ZZ")));
        refusals.put("releasedTo.documentType", body("Anna", null, Map.of("kind", "FOREIGN_NATIONAL", "documentNumber", "C01X00T47",
                "country", "DE")));
        refusals.put("releasedTo.documentNumber", body("Anna", null, Map.of("kind", "FOREIGN_NATIONAL", "documentType", "RESIDENCE_CARD",
                "documentNumber", "AB-1", "country", "AF")));
        refusals.put("releasedTo.powerOfAttorneyNumber", body("Hamid", person, Map.of("kind", "AGENT")));
        refusals.put("releasedTo.kind", body("Hamid", person, Map.of("powerOfAttorneyNumber", "1403/5521")));
        refusals.forEach((field, request) -> {
            Response refused = Api.misbehavingAs(clerk).header("If-Match", etag).body(request)
                    .post("/api/v1/impounds/{id}/release", impound)
                    .then().statusCode(422).contentType("application/problem+json").extract().response();
            assertThat(refused.<List<String>>path("errors.field")).as(field).contains(field);
        });
        // A foreign national's release with a national ID: a document of another kind is refused, not kept.
        Api.misbehavingAs(clerk).header("If-Match", etag).body(body("Anna", person, Map.of("kind", "FOREIGN_NATIONAL",
                        "documentType", "PASSPORT", "documentNumber", "C01X00T47", "country", "DE")))
                .post("/api/v1/impounds/{id}/release", impound)
                .then().statusCode(422).body("errors.field", hasItem("releasedToNationalId"));

        Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().statusCode(200).header("ETag", etag)
                .body("status", equalTo("IN_LOT")).body("release", nullValue());
        assertThat(auditLength()).isEqualTo(auditBefore);
    }

    @Test
    void refusalsSpeakPersianWhenAskedTo() {
        String impound = paidImpound();
        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.misbehavingAs(clerk).header("If-Match", etag).header("Accept-Language", "fa")
                .body(body("Sara", NationalIds.next(), Map.of("kind", "LEGAL_ENTITY", "companyName", "Co", "companyNationalId", "10380284791")))
                .post("/api/v1/impounds/{id}/release", impound)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("releasedTo.companyNationalId"))
                .body("errors[0].message", equalTo("شناسه‌ی ملی شخص حقوقی معتبر نیست (یازده رقم با رقم کنترل)"));
    }

    private Response release(String impound, Map<String, Object> body) {
        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        return Api.as(clerk).header("If-Match", etag).body(body).post("/api/v1/impounds/{id}/release", impound);
    }

    private String paidImpound() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        long balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().<Number>path("balance").longValue();
        Api.as(clerk).body(Map.of("amount", balance, "method", "CARD")).post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);
        return impound;
    }

    private long auditLength() {
        return Api.as(auditor).get("/api/v1/audit/verify").then().statusCode(200).extract().<Number>path("length").longValue();
    }

    static Map<String, Object> body(String name, String nationalId, Map<String, Object> releasedTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("releasedToName", name);
        if (nationalId != null) {
            body.put("releasedToNationalId", nationalId);
        }
        body.put("ownershipDocument", "Vehicle card 9921");
        if (releasedTo != null) {
            body.put("releasedTo", releasedTo);
        }
        return body;
    }
}

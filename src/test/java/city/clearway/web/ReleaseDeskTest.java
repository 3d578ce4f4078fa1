package city.clearway.web;

import city.clearway.support.Api;
import city.clearway.support.Chromium;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release form and the debts of other impounds on the office pages, as each role sees and uses them: the same
 * answers as the API, because the rules are the services'.
 */
@QuarkusTest
class ReleaseDeskTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String supervisor;

    @BeforeEach
    void aLot() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 10);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        supervisor = Fixtures.supervisor();
        Fixtures.tariffInForce();
    }

    @Test
    void clerkReleasesToACompanysAgentAndTheSlipShowsBoth() {
        String impound = paid(impound(Fixtures.plate()));
        Office office = Office.signIn(clerk);
        String agentId = NationalIds.next();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "LEGAL_ENTITY");
        form.put("releasedToName", "Sara Karimi");
        form.put("releasedToNationalId", agentId);
        form.put("companyName", "Tabriz Transport Co.");
        form.put("companyNationalId", "10380284791");
        form.put("ownershipDocument", "Vehicle card 1");
        form.put("version", version(office, impound));

        Response refused = office.submit("/office/impounds/" + impound + "/release", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("شناسه‌ی ملی شرکت").contains("شناسه‌ی ملی شخص حقوقی معتبر نیست")
                .contains("value=\"Tabriz Transport Co.\"").contains("value=\"LEGAL_ENTITY\" selected");
        Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("IN_LOT"));

        form.put("companyNationalId", "10380284790");
        Response released = office.submit("/office/impounds/" + impound + "/release", form);
        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(released.header("Location")).endsWith("/office/impounds/" + impound + "/release-slip");
        String slip = office.get("/office/impounds/{id}/release-slip", impound).then().statusCode(200).extract().asString();
        assertThat(slip).contains("نماینده‌ی شرکت (شخص حقوقی)").contains("Tabriz Transport Co.")
                .contains(Chromium.persianDigits("10380284790")).contains("Sara Karimi").contains(Chromium.persianDigits(agentId));
        assertThat(office.get("/office/impounds/{id}", impound).asString()).contains("Tabriz Transport Co.");
    }

    @Test
    void theClerkSeesTheOtherDebtsButOnlyTheSupervisorMayOverrideThem() {
        Fixtures.PlateText plate = Fixtures.plate();
        String owing = impound(plate);
        String owingTicket = Api.as(clerk).get("/api/v1/impounds/{id}", owing).then().extract().path("ticketNumber");
        String leaving = paid(impound(plate));

        Office clerkDesk = Office.signIn(clerk);
        String page = clerkDesk.get("/office/impounds/{id}", leaving).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"other-debts-block\"").contains(owingTicket).doesNotContain("/debt-override\"");
        Response release = clerkDesk.submit("/office/impounds/" + leaving + "/release", Map.of("releasedToName", "Reza Ahmadi",
                "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Vehicle card 1", "version", version(clerkDesk, leaving)));
        assertThat(release.statusCode()).isEqualTo(409);
        assertThat(release.asString()).contains(owingTicket).contains("سرپرست اجازه‌ی ترخیص این خودرو را");

        Response forbidden = clerkDesk.submit("/office/impounds/" + leaving + "/debt-override", Map.of("overrideReason", "Please"));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(clerkDesk.get("/office/impounds/{id}", leaving).asString()).doesNotContain("Please");

        Office supervisorDesk = Office.signIn(supervisor);
        assertThat(supervisorDesk.get("/office/impounds/{id}", leaving).asString()).contains("action=\"/office/impounds/" + leaving + "/debt-override\"");
        Response overridden = supervisorDesk.submit("/office/impounds/" + leaving + "/debt-override",
                Map.of("overrideReason", "Owner pays the other impound in instalments"));
        assertThat(overridden.statusCode()).isEqualTo(303);
        assertThat(overridden.header("Location")).contains("done=override");
        assertThat(supervisorDesk.get("/office/impounds/{id}", leaving).asString()).contains("Owner pays the other impound in instalments")
                .contains(supervisor);

        Response released = clerkDesk.submit("/office/impounds/" + leaving + "/release", Map.of("releasedToName", "Reza Ahmadi",
                "releasedToNationalId", NationalIds.next(), "ownershipDocument", "Vehicle card 1", "version", version(clerkDesk, leaving)));
        assertThat(released.statusCode()).isEqualTo(303);
    }

    private String impound(Fixtures.PlateText plate) {
        String violation = Api.as(inspector).body(Fixtures.violationBody(district, plate.spelled())).post("/api/v1/violations")
                .then().statusCode(201).extract().path("id");
        return Api.as(inspector).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", violation)
                .then().statusCode(201).extract().path("id");
    }

    private String paid(String impound) {
        long balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().<Number>path("balance").longValue();
        Api.as(clerk).body(Map.of("amount", balance, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);
        return impound;
    }

    private static String version(Office office, String impound) {
        Matcher found = VERSION.matcher(office.get("/office/impounds/{id}", impound).asString());
        assertThat(found.find()).as("the release form carries the version").isTrue();
        return found.group(1);
    }
}

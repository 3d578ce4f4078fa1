package city.clearway.web;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The appeal pages as each role uses them: a clerk files for a car at their lot and hands the money back, a supervisor
 * decides, an auditor reads, an inspector is refused; a form nobody may send is refused by the service, as on the API.
 */
@QuarkusTest
class AppealDeskTest {

    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String supervisor;
    private String auditor;
    private String impound;
    private String violation;

    @BeforeEach
    void aCarPaidForInTheLot() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 10);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        supervisor = Fixtures.supervisor();
        auditor = Fixtures.auditor();
        impound = Fixtures.impounded(inspector, district, lot).path("id");
        violation = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().path("violationId");
        Api.as(clerk).body(Map.of("amount", 1_500_000, "method", "CASH")).post("/api/v1/impounds/{id}/payments", impound)
                .then().statusCode(201);
    }

    @Test
    void aClerkFilesASupervisorOverturnsAndTheClerkRefunds() {
        String page = "/office/appeals/violation/" + violation;
        Office clerkDesk = Office.signIn(clerk);
        clerkDesk.get("/office/impounds/{id}", impound).then().statusCode(200).body(containsString(page));
        clerkDesk.get(page).then().statusCode(200).body(containsString("name=\"grounds\"")).body(not(containsString("name=\"outcome\"")));

        Response filed = clerkDesk.submit(page, Map.of("grounds", "The car had broken down", "evidence", "Garage invoice 77"));
        assertThat(filed.statusCode()).isEqualTo(303);
        assertThat(filed.header("Location")).contains(page + "?done=filed");
        clerkDesk.get(page).then().statusCode(200).body(containsString("The car had broken down"))
                .body(not(containsString("name=\"grounds\"")));
        String appeal = Api.as(supervisor).get("/api/v1/violations/{id}/appeals", violation).then().extract().path("[0].id");

        Office supervisorDesk = Office.signIn(supervisor);
        supervisorDesk.get("/office/appeals").then().statusCode(200).body(containsString(page)).body(containsString("The car had broken down"));
        supervisorDesk.get(page).then().statusCode(200).body(containsString("name=\"outcome\""));
        Response decided = supervisorDesk.submit(page + "/decision", Map.of("appeal", appeal, "outcome", "OVERTURNED",
                "reason", "A broken-down car is not parked"));
        assertThat(decided.statusCode()).isEqualTo(303);
        supervisorDesk.get(page).then().statusCode(200).body(not(containsString("name=\"outcome\"")))
                .body(not(containsString("name=\"reference\"")));

        clerkDesk.get("/office/impounds/{id}", impound).then().statusCode(200).body(containsString("id=\"cancelled-on-appeal\""));
        clerkDesk.get(page).then().statusCode(200).body(containsString("id=\"refund-due\"")).body(containsString("name=\"reference\""));
        Response tooMuch = clerkDesk.submit(page + "/refunds", Map.of("amount", "1500001", "method", "CASH", "reference", "SLIP-1"));
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(tooMuch.asString()).contains("role=\"alert\"").contains("SLIP-1");
        Response refunded = clerkDesk.submit(page + "/refunds", Map.of("amount", "1,500,000", "method", "CASH", "reference", "SLIP-1"));
        assertThat(refunded.statusCode()).isEqualTo(303);
        clerkDesk.get(page).then().statusCode(200).body(not(containsString("id=\"refund-due\"")));
        Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().body("refunded", org.hamcrest.Matchers.equalTo(1_500_000));
        Office.signIn(auditor).get("/office/reports").then().statusCode(200).body(containsString("id=\"report-outcomes\""))
                .body(containsString("اعتراض‌های پذیرفته‌شده")).body(containsString("مبلغ مستردشده"));
    }

    @Test
    void eachRoleGetsWhatTheServiceAllows() {
        String page = "/office/appeals/violation/" + violation;
        Office.signIn(inspector).get(page).then().statusCode(403);
        assertThat(Office.signIn(inspector).submit(page, Map.of("grounds", "Not mine")).statusCode()).isEqualTo(403);

        Office auditorDesk = Office.signIn(auditor);
        auditorDesk.get(page).then().statusCode(200).body(not(containsString("name=\"grounds\"")));
        assertThat(auditorDesk.submit(page, Map.of("grounds", "Not mine")).statusCode()).isEqualTo(403);

        String appeal = Api.as(supervisor).body(Map.of("grounds", "Loading permit")).post("/api/v1/violations/{id}/appeals", violation)
                .then().statusCode(201).extract().path("id");
        for (String notSupervisor : List.of(clerk, auditor)) {
            Office desk = Office.signIn(notSupervisor);
            desk.get(page).then().statusCode(200).body(not(containsString("name=\"outcome\"")));
            assertThat(desk.submit(page + "/decision", Map.of("appeal", appeal, "outcome", "OVERTURNED", "reason", "x")).statusCode())
                    .isEqualTo(403);
        }
        Office supervisorDesk = Office.signIn(supervisor);
        assertThat(supervisorDesk.submit(page, Map.of("grounds", "Twice")).statusCode()).isEqualTo(409);
        assertThat(supervisorDesk.submit(page + "/decision", Map.of("appeal", appeal, "outcome", "UPHELD", "reason", "No permit shown"))
                .statusCode()).isEqualTo(303);
        assertThat(supervisorDesk.submit(page + "/decision", Map.of("appeal", appeal, "outcome", "OVERTURNED", "reason", "Again"))
                .statusCode()).isEqualTo(409);
        assertThat(supervisorDesk.post(page, Map.of("grounds", "Without the form token")).statusCode()).isEqualTo(403);
        assertThat(Office.signIn(clerk).submit(page + "/refunds", Map.of("amount", "1000", "method", "CASH", "reference", "S-1"))
                .statusCode()).isEqualTo(409);
        Office.signIn(auditor).get("/office/appeals?status=ALL").then().statusCode(200).body(containsString("Loading permit"));

        List<String> actions = Api.as(auditor).get("/api/v1/violations/{id}/history", violation).path("events.action");
        assertThat(actions).containsExactly("VIOLATION_REGISTERED", "VEHICLE_IMPOUNDED", "PAYMENT_TAKEN", "APPEAL_FILED", "APPEAL_DECIDED");
    }
}

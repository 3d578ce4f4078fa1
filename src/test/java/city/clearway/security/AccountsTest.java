package city.clearway.security;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** An administrator's care of the accounts (PRODUCT §4 "Accounts"), and each account's password rules (§7). */
@QuarkusTest
class AccountsTest {

    private String district;
    private String inspector;

    @BeforeEach
    void anInspector() {
        district = Fixtures.district();
        inspector = Fixtures.inspector(district);
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        for (String weak : List.of("password12", " ".repeat(10), "qwertyuiop123", "passwordpassword")) {
            Api.misbehavingAs(Fixtures.ADMIN).body(Map.of("username", "weak-" + weak.hashCode(), "password", weak, "roles", List.of("AUDITOR")))
                    .post("/api/v1/users").then().statusCode(422).body("errors.field", hasItem("password"));
        }
        Api.misbehavingAs(Fixtures.ADMIN).body(Map.of("username", "sara.karimi", "password", "sara.karimi", "roles", List.of("AUDITOR")))
                .post("/api/v1/users").then().statusCode(422).body("errors.field", hasItem("password"));
        Api.misbehavingAs(Fixtures.ADMIN).get("/api/v1/users/{username}", "sara.karimi").then().statusCode(404);
    }

    @Test
    void aDisabledAccountCanNoLongerSignInAndItsSessionsEnd() {
        Office office = Office.signIn(inspector);
        Api.as(inspector).get("/api/v1/violations").then().statusCode(200);

        Api.as(Fixtures.ADMIN).post("/api/v1/users/{username}/disable", inspector).then().statusCode(200)
                .body("disabled", equalTo(true));
        Api.misbehavingAs(inspector).get("/api/v1/violations").then().statusCode(401);
        assertThat(office.get("/office/violations").statusCode()).isEqualTo(302);
        assertThat(Office.attemptSignIn(inspector, Fixtures.password(inspector), "198.51.100.20").statusCode()).isEqualTo(401);

        Api.as(Fixtures.ADMIN).post("/api/v1/users/{username}/enable", inspector).then().statusCode(200)
                .body("disabled", equalTo(false));
        Api.as(inspector).get("/api/v1/violations").then().statusCode(200);
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        Api.misbehavingAs(Fixtures.ADMIN).post("/api/v1/users/{username}/disable", Fixtures.ADMIN).then().statusCode(409);
        Api.as(Fixtures.ADMIN).get("/api/v1/users/{username}", Fixtures.ADMIN).then().statusCode(200).body("disabled", equalTo(false));
    }

    @Test
    void aTemporaryPasswordMustBeReplacedBeforeAnythingElse() {
        Office before = Office.signIn(inspector);
        String temporary = "temporary-tabriz-4471";
        Api.as(Fixtures.ADMIN).body(Map.of("password", temporary)).post("/api/v1/users/{username}/password", inspector)
                .then().statusCode(200).body("passwordChangeRequired", equalTo(true));
        assertThat(before.get("/office/violations").statusCode()).as("the old session ended").isEqualTo(302);
        Api.misbehavingAs(inspector).get("/api/v1/violations").then().statusCode(401);

        Response refused = Api.misbehavingAs(inspector).auth().preemptive().basic(inspector, temporary).get("/api/v1/violations");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.<String>path("type")).isEqualTo("urn:clearway:problem:password-change-required");
        Api.as(inspector, temporary).body(Fixtures.violationBody(district, Fixtures.plate().spelled())).post("/api/v1/violations")
                .then().statusCode(403).body("type", equalTo("urn:clearway:problem:password-change-required"));

        Api.as(inspector, temporary).body(Map.of("currentPassword", "not it at all", "newPassword", "my-own-choice-1405"))
                .post("/api/v1/account/password").then().statusCode(422).body("errors[0].field", equalTo("currentPassword"));
        Api.as(inspector, temporary).body(Map.of("currentPassword", temporary, "newPassword", "qwertyuiop123"))
                .post("/api/v1/account/password").then().statusCode(422).body("errors[0].field", equalTo("newPassword"));
        Api.as(inspector, temporary).body(Map.of("currentPassword", temporary, "newPassword", "my-own-choice-1405"))
                .post("/api/v1/account/password").then().statusCode(200)
                .body("passwordChangeRequired", equalTo(false));

        Api.misbehavingAs(inspector).auth().preemptive().basic(inspector, temporary).get("/api/v1/violations").then().statusCode(401);
        Api.as(inspector, "my-own-choice-1405").get("/api/v1/violations").then().statusCode(200);
        Api.as(Fixtures.ADMIN).get("/api/v1/users/{username}", inspector).then().body("passwordChangeRequired", equalTo(false));
    }

    @Test
    void theOfficeSendsAHolderOfATemporaryPasswordToChooseTheirOwn() {
        String temporary = "temporary-tabriz-9902";
        Api.as(Fixtures.ADMIN).body(Map.of("password", temporary)).post("/api/v1/users/{username}/password", inspector)
                .then().statusCode(200);
        Response signedIn = Office.attemptSignIn(inspector, temporary, "198.51.100.21");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/office/password");
        Office office = Office.signIn(inspector, temporary);
        assertThat(office.get("/office").header("Location")).endsWith("/office/password");
        Response search = office.get("/office/violations");
        assertThat(search.statusCode()).isEqualTo(403);

        Response mismatch = office.submit("/office/password", Map.of("currentPassword", temporary, "newPassword", "tabriz-bazaar-2026",
                "repeatPassword", "tabriz-bazaar-2027"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        Response changed = office.submit("/office/password", Map.of("currentPassword", temporary, "newPassword", "tabriz-bazaar-2026",
                "repeatPassword", "tabriz-bazaar-2026"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(office.get("/office/violations").statusCode()).isEqualTo(200);
    }
}

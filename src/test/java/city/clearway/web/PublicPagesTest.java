package city.clearway.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

/** The public pages draw without a browser too, in either language, with the switch to the other one. */
@QuarkusTest
class PublicPagesTest {

    @Test
    void theFindPageAndTheReportPageDrawInBothLanguages() {
        RestAssured.given().queryParam("lang", "en").get("/find").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("lang=\"en\"")).body(containsString("lang=fa"));
        RestAssured.given().queryParam("lang", "fa").get("/my-report").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("lang=\"fa\"")).body(containsString("lang=en"));
    }
}

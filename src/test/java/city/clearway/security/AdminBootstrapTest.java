package city.clearway.security;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;

/** The first start creates {@code admin} with the password from the environment (here: the test profile's). */
@QuarkusTest
class AdminBootstrapTest {

    @Test
    void adminSignsInWithTheConfiguredPassword() {
        Api.as(Fixtures.ADMIN).get("/api/v1/users/{username}", "admin").then().statusCode(200)
                .body("roles", contains("ADMIN"));
        Api.anonymous().auth().preemptive().basic("admin", "admin").get("/api/v1/users").then().statusCode(401);
    }
}

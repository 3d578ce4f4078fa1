package city.clearway.security;

import city.clearway.common.TimeSource;
import city.clearway.support.Fixtures;
import city.clearway.support.Office;
import city.clearway.support.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing is slowed (PRODUCT §7): after repeated failed sign-ins an account, or an address, is answered 429 with
 * Retry-After for a while, the right password too, until the block passes; the API and the office form count alike.
 */
@QuarkusTest
class SignInThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private final TestClock clock = new TestClock();
    private String clerk;

    @BeforeEach
    void aClerk() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        clerk = Fixtures.clerk(Fixtures.lot(Fixtures.district(), 5));
    }

    @Test
    void anAccountIsBlockedAfterFiveWrongPasswordsTheRightOneTooUntilTheBlockPasses() {
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            assertThat(basic(clerk, "wrong password " + i, address).statusCode()).isEqualTo(401);
        }
        assertThat(basic(clerk, Fixtures.password(clerk), address).statusCode()).as("four failures block nothing").isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(basic(clerk, "wrong password " + i, address).statusCode()).isEqualTo(401);
        }
        Response blocked = basic(clerk, Fixtures.password(clerk), newAddress());
        assertThat(blocked.statusCode()).as("the right password, from anywhere").isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(blocked.<String>path("type")).isEqualTo("urn:clearway:problem:too-many-requests");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(Office.attemptSignIn(clerk, Fixtures.password(clerk), newAddress()).statusCode()).as("the office form too")
                .isEqualTo(429);

        clock.advance(Duration.ofSeconds(61));
        assertThat(basic(clerk, Fixtures.password(clerk), address).statusCode()).isEqualTo(200);
        assertThat(basic(clerk, "wrong once more", address).statusCode()).as("the count was cleared by the success").isEqualTo(401);
        assertThat(basic(clerk, Fixtures.password(clerk), address).statusCode()).isEqualTo(200);
    }

    @Test
    void eachFurtherFailureBlocksForLonger() {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            basic(clerk, "wrong " + i, address);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(basic(clerk, "wrong again", address).statusCode()).isEqualTo(401);
        Response blocked = basic(clerk, Fixtures.password(clerk), address);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(61L, 120L);
    }

    @Test
    void anAddressTryingManyAccountsIsBlockedOthersAreNot() {
        String guesser = newAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(basic("nobody-" + i, "guess " + i, guesser).statusCode()).isEqualTo(401);
        }
        assertThat(basic(clerk, Fixtures.password(clerk), guesser).statusCode()).isEqualTo(429);
        assertThat(basic(clerk, Fixtures.password(clerk), newAddress()).statusCode()).isEqualTo(200);
    }

    private static Response basic(String username, String password, String address) {
        return RestAssured.given().auth().preemptive().basic(username, password).header("X-Forwarded-For", address)
                .accept("application/json").get("/api/v1/violation-types");
    }

    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "203.0." + (n / 250) + "." + (1 + n % 250);
    }
}

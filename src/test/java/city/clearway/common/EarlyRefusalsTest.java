package city.clearway.common;

import city.clearway.support.Fixtures;
import city.clearway.support.RawHttp;
import city.clearway.support.RawHttp.Answer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body over the limit (413), an address too long (414) and headers too large (431) are refused before JAX-RS sees
 * them, and still with a problem document in the caller's language, never an empty answer.
 */
@QuarkusTest
class EarlyRefusalsTest {

    private static final String ADMIN = Fixtures.ADMIN;

    @Test
    void aBodyDeclaredOverTheLimitIs413WithAProblem() {
        Answer answer = RawHttp.request("POST", "/api/v1/districts").basic(ADMIN, Fixtures.ADMIN_PASSWORD)
                .header("Content-Type", "application/json").header("Content-Length", "12000000")
                .undeclaredLength().body("{\"code\":").send();
        assertProblem(answer, 413, "payload-too-large");
        assertThat(answer.header("Connection")).isEqualTo("close");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413WithAProblem() {
        byte[] chunk = ("{\"code\":\"TBZ98\",\"name\":\"" + "a".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        StringBuilder chunks = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            chunks.append(Integer.toHexString(chunk.length)).append("\r\n").append(new String(chunk, StandardCharsets.UTF_8)).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        Answer answer = RawHttp.request("POST", "/api/v1/districts").basic(ADMIN, Fixtures.ADMIN_PASSWORD)
                .header("Content-Type", "application/json").header("Transfer-Encoding", "chunked")
                .undeclaredLength().body(chunks.toString()).send();
        assertProblem(answer, 413, "payload-too-large");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() {
        String body = "{\"code\":\"TBZ97\",\"name\":\"Chunked district\"}";
        String chunked = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
        Answer answer = RawHttp.request("POST", "/api/v1/districts").basic(ADMIN, Fixtures.ADMIN_PASSWORD)
                .header("Content-Type", "application/json").header("Transfer-Encoding", "chunked")
                .undeclaredLength().body(chunked).send();
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    }

    @Test
    void anAddressTooLongIs414WithAProblemInTheCallersLanguage() {
        Answer answer = RawHttp.request("GET", "/api/v1/violations?plate=" + "۱".repeat(EarlyRefusals.MAX_URI_LENGTH))
                .basic(ADMIN, Fixtures.ADMIN_PASSWORD).header("Accept-Language", "fa").send();
        assertProblem(answer, 414, "uri-too-long");
        assertThat(answer.header("Content-Language")).isEqualTo("fa");
        assertThat(answer.text()).contains("نشانی");
    }

    @Test
    void headersTooLargeAre431WithAProblem() {
        Answer answer = RawHttp.request("GET", "/api/v1/districts").basic(ADMIN, Fixtures.ADMIN_PASSWORD)
                .header("X-Padding", "x".repeat(EarlyRefusals.MAX_HEADER_BYTES)).send();
        assertProblem(answer, 431, "headers-too-large");
        answer = RawHttp.request("GET", "/office/login").header("Cookie", "a=" + "b".repeat(EarlyRefusals.MAX_HEADER_BYTES)).send();
        assertProblem(answer, 431, "headers-too-large");
    }

    private static void assertProblem(Answer answer, int status, String slug) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo(ProblemMapper.PROBLEM_JSON);
        assertThat(answer.text()).contains("\"type\":\"urn:clearway:problem:" + slug + "\"").contains("\"title\":")
                .contains("\"status\":" + status);
    }
}

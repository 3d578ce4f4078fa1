package city.clearway.violation;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Images;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Evidence photos: only real JPEG or PNG, at most 10 MB, known by their SHA-256. */
@QuarkusTest
class PhotoTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @TestHTTPResource("/")
    URI base;

    private String district;
    private String inspector;
    private String violation;

    @BeforeEach
    void violation() {
        district = Fixtures.district();
        inspector = Fixtures.inspector(district);
        violation = Fixtures.register(inspector, district).path("id");
    }

    @Test
    void aJpegAndAPngAreStoredOnceAndListed() throws Exception {
        byte[] jpeg = Images.jpeg(50_000);
        Response stored = Api.as(inspector).contentType("image/jpeg").body(jpeg).post("/api/v1/violations/{id}/photos", violation).then().statusCode(201).extract().response();
        assertThat(stored.<String>path("sha256")).isEqualTo(sha256(jpeg));
        assertThat(stored.<Integer>path("size")).isEqualTo(jpeg.length);
        assertThat(stored.<String>path("contentType")).isEqualTo("image/jpeg");
        assertThat(stored.header("Location")).endsWith("/photos/" + sha256(jpeg));

        Api.as(inspector).contentType("image/jpeg").body(jpeg).post("/api/v1/violations/{id}/photos", violation)
                .then().statusCode(200).body("sha256", equalTo(sha256(jpeg)));
        Api.as(inspector).contentType("image/png").body(Images.png()).post("/api/v1/violations/{id}/photos", violation)
                .then().statusCode(201).body("contentType", equalTo("image/png"));

        Api.as(inspector).get("/api/v1/violations/{id}/photos", violation).then().statusCode(200)
                .body("$", hasSize(2)).body("[0].sha256", equalTo(sha256(jpeg)));
        byte[] back = Api.as(inspector).accept("image/jpeg").get("/api/v1/violations/{id}/photos/{sha}", violation, sha256(jpeg))
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(back).isEqualTo(jpeg);
    }

    @Test
    void bytesThatAreNotReallyAnImageAre415() {
        upload("image/jpeg", "just some text, not a photo".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:clearway:problem:unsupported-media-type"));
        upload("image/jpeg", Images.png()).then().statusCode(415);
        byte[] truncated = Images.jpeg(1000);
        upload("image/jpeg", java.util.Arrays.copyOf(truncated, truncated.length - 2)).then().statusCode(415);
        Api.as(inspector).get("/api/v1/violations/{id}/photos", violation).then().body("$", hasSize(0));
    }

    @Test
    void aPhotoWithoutAContentTypeIs415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/violations/" + violation + "/photos"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (inspector + ":" + Fixtures.password(inspector)).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(Images.png()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:clearway:problem:unsupported-media-type");
        Api.as(inspector).get("/api/v1/violations/{id}/photos", violation).then().body("$", hasSize(0));
    }

    @Test
    void overTenMegabytesIs413() {
        upload("image/jpeg", Images.jpeg(TEN_MB + 1)).then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:clearway:problem:payload-too-large"));
        upload("image/jpeg", Images.jpeg(TEN_MB)).then().statusCode(201);
    }

    @Test
    void anEndlessStreamIsCutOffJustPastTheLimit() throws Exception {
        AtomicLong sent = new AtomicLong();
        // A gigabyte offered, so that a server reading the whole body would be seen; the connection must close before
        // 50 MB of it is sent (the limit is 11 MB).
        long endless = 1024L * 1024 * 1024;
        long fiftyMegabytes = 50L * 1024 * 1024;
        InputStream body = new InputStream() {
            @Override
            public int read() {
                return sent.incrementAndGet() <= endless ? 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = endless - sent.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0xFF);
                sent.addAndGet(n);
                return n;
            }
        };
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/violations/" + violation + "/photos"))
                .header("Content-Type", "image/jpeg")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (inspector + ":" + Fixtures.password(inspector)).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException stuck) {
            throw new AssertionError("the server neither answered nor closed the connection in 60 s", stuck);
        } catch (IOException closedWhileSending) {
            // The server answered and closed before the client finished sending: refused without reading the rest.
            assertThat(sent.get()).isLessThan(fiftyMegabytes);
            return;
        }
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("payload-too-large");
        assertThat(sent.get()).isLessThan(fiftyMegabytes);
    }

    @Test
    void onlyAnInspectorOfTheDistrictAddsPhotos() {
        String other = Fixtures.inspector(Fixtures.district());
        Api.misbehavingAs(other).contentType("image/jpeg").body(Images.jpeg(1000)).post("/api/v1/violations/{id}/photos", violation)
                .then().statusCode(404);
        Api.misbehavingAs(Fixtures.auditor()).contentType("image/jpeg").body(Images.jpeg(1000)).post("/api/v1/violations/{id}/photos", violation)
                .then().statusCode(403);
    }

    private Response upload(String contentType, byte[] bytes) {
        return Api.misbehavingAs(inspector).contentType(contentType).body(bytes).post("/api/v1/violations/{id}/photos", violation);
    }

    /** A JPEG's skeleton: start-of-image, filler, end-of-image; {@code size} bytes in all. */
    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

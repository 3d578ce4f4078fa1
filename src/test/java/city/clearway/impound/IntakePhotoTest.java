package city.clearway.impound;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Images;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Intake photos: taken by the lot's clerk by the rules of evidence photos, seen by whoever sees the impound. */
@QuarkusTest
class IntakePhotoTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String impound;

    @BeforeEach
    void carInTheLot() {
        district = Fixtures.district();
        lot = Fixtures.lot(district, 10);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        impound = Fixtures.impounded(inspector, district, lot).path("id");
    }

    @Test
    void aJpegAndAPngAreStoredOnceListedAndDownloaded() throws Exception {
        byte[] jpeg = Images.jpeg(50_000);
        Response stored = Api.as(clerk).contentType("image/jpeg").body(jpeg).post("/api/v1/impounds/{id}/photos", impound)
                .then().statusCode(201).extract().response();
        assertThat(stored.<String>path("sha256")).isEqualTo(sha256(jpeg));
        assertThat(stored.<String>path("uploadedBy")).isEqualTo(clerk);
        assertThat(stored.header("Location")).endsWith("/impounds/" + impound + "/photos/" + sha256(jpeg));
        Api.as(clerk).contentType("image/jpeg").body(jpeg).post("/api/v1/impounds/{id}/photos", impound)
                .then().statusCode(200).body("sha256", equalTo(sha256(jpeg)));
        Api.as(clerk).contentType("image/png").body(Images.png()).post("/api/v1/impounds/{id}/photos", impound)
                .then().statusCode(201).body("contentType", equalTo("image/png"));

        for (String reader : List.of(clerk, inspector, Fixtures.auditor(), Fixtures.supervisor())) {
            Api.as(reader).get("/api/v1/impounds/{id}/photos", impound).then().statusCode(200)
                    .body("$", hasSize(2)).body("[0].sha256", equalTo(sha256(jpeg)));
            byte[] back = Api.as(reader).accept("image/jpeg").get("/api/v1/impounds/{id}/photos/{sha}", impound, sha256(jpeg))
                    .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
            assertThat(back).isEqualTo(jpeg);
        }
    }

    @Test
    void whatIsNotReallyAnImageIs415AndOverTenMegabytes413() {
        upload(clerk, "image/jpeg", "just some text, not a photo".getBytes(StandardCharsets.UTF_8)).then().statusCode(415)
                .contentType("application/problem+json").body("type", equalTo("urn:clearway:problem:unsupported-media-type"));
        upload(clerk, "image/jpeg", Images.png()).then().statusCode(415);
        byte[] truncated = Images.jpeg(1000);
        upload(clerk, "image/jpeg", Arrays.copyOf(truncated, truncated.length - 2)).then().statusCode(415);
        upload(clerk, "image/jpeg", Images.jpeg(TEN_MB + 1)).then().statusCode(413)
                .body("type", equalTo("urn:clearway:problem:payload-too-large"));
        Api.as(clerk).get("/api/v1/impounds/{id}/photos", impound).then().body("$", hasSize(0));
    }

    @Test
    void onlyAClerkOfTheLotAddsPhotosAndOthersDoNotSeeThem() throws Exception {
        byte[] jpeg = Images.jpeg(2000);
        upload(clerk, "image/jpeg", jpeg).then().statusCode(201);
        String otherClerk = Fixtures.clerk(Fixtures.lot(district, 5));
        upload(otherClerk, "image/jpeg", Images.jpeg(3000)).then().statusCode(404);
        Api.as(otherClerk).get("/api/v1/impounds/{id}/photos", impound).then().statusCode(404);
        Api.misbehavingAs(otherClerk).accept("image/jpeg").get("/api/v1/impounds/{id}/photos/{sha}", impound, sha256(jpeg))
                .then().statusCode(404);
        for (String notAClerk : List.of(inspector, Fixtures.supervisor(), Fixtures.auditor())) {
            upload(notAClerk, "image/jpeg", Images.jpeg(3000)).then().statusCode(403);
        }
        Api.as(clerk).get("/api/v1/impounds/{id}/photos", impound).then().body("$", hasSize(1));
    }

    @Test
    void aReleasedVehicleTakesNoMorePhotosOrInventories() {
        long balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().<Number>path("balance").longValue();
        Api.as(clerk).body(Map.of("amount", balance, "method", "CARD")).post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);
        String version = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.as(clerk).header("If-Match", version).body(Map.of("releasedToName", "Sara Karimi", "releasedToNationalId", "0012345679",
                "ownershipDocument", "Vehicle card 1")).post("/api/v1/impounds/{id}/release", impound).then().statusCode(200);
        upload(clerk, "image/jpeg", Images.jpeg(3000)).then().statusCode(409);
        Api.as(clerk).body(IntakeInventoryTest.inventory("Hood", "HALF", 1)).post("/api/v1/impounds/{id}/inventory", impound)
                .then().statusCode(409);
    }

    private Response upload(String user, String contentType, byte[] bytes) {
        return Api.misbehavingAs(user).contentType(contentType).body(bytes).post("/api/v1/impounds/{id}/photos", impound);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

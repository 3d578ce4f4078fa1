package city.clearway.web;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Images;
import city.clearway.support.Office;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The intake inventory and photos on the impound page, as each role sees and uses them. */
@QuarkusTest
class IntakeDeskTest {

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
    void theClerkOfTheLotRecordsAndCorrectsTheInventory() {
        Office office = Office.signIn(clerk);
        english(office).get("/office/impounds/{id}", impound).then().statusCode(200)
                .body(containsString("No intake inventory has been recorded yet"))
                .body(containsString("action=\"/office/impounds/" + impound + "/inventory\""));

        office.submit("/office/impounds/" + impound + "/inventory", form("Front bumper", "Scratched", "Spare tyre", "2", "120000", "HALF"))
                .then().statusCode(303).header("Location", containsString("done=inventory"));
        office.submit("/office/impounds/" + impound + "/inventory", form("Left mirror", "Broken", "Spare tyre", "1", "120000", "QUARTER"))
                .then().statusCode(303);

        String page = english(office).get("/office/impounds/{id}", impound).then().statusCode(200).extract().asString();
        assertThat(page).contains("Version 2").contains("Left mirror").contains("Quarter").contains("Earlier versions")
                .contains("Front bumper");
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().body("$", hasSize(2))
                .body("[0].condition.damage[0].part", equalTo("Front bumper")).body("[0].condition.odometer", equalTo(120000))
                .body("[1].condition.damage[0].part", equalTo("Left mirror")).body("[1].items[0].quantity", equalTo(1));
    }

    @Test
    void aResentFormIsOneVersion() {
        Office office = Office.signIn(clerk);
        Map<String, Object> fields = form("Hood", "Dent", "Umbrella", "1", "5000", "FULL");
        fields.put("token", "one-click");
        office.submit("/office/impounds/" + impound + "/inventory", fields).then().statusCode(303);
        office.submit("/office/impounds/" + impound + "/inventory", fields).then().statusCode(303);
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().body("$", hasSize(1));
    }

    @Test
    void anInvalidInventoryIsRefusedOnThePageWithWhatWasTypedAndNothingStored() {
        Office office = Office.signIn(clerk);
        office.submit("/office/impounds/" + impound + "/inventory", form("Hood", "Dent", "Umbrella", "many", "5000", "FULL"))
                .then().statusCode(422).body(containsString("Umbrella")).body(containsString("role=\"alert\""));
        office.submit("/office/impounds/" + impound + "/inventory", form("Hood", "Dent", "Umbrella", "1", "99999999", "FULL"))
                .then().statusCode(422).body(containsString("role=\"alert\""));
        office.submit("/office/impounds/" + impound + "/inventory", form("Hood", "Dent", "Umbrella", "1", "5000", "HALFISH"))
                .then().statusCode(422);
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().body("$", hasSize(0));
    }

    @Test
    void othersSeeTheInventoryButNoFormAndTheirPostsAreRefused() {
        Office.signIn(clerk).submit("/office/impounds/" + impound + "/inventory", form("Hood", "Dent", "Umbrella", "1", "5000", "FULL"))
                .then().statusCode(303);
        for (String reader : List.of(Fixtures.auditor(), inspector, Fixtures.supervisor())) {
            Office office = Office.signIn(reader);
            english(office).get("/office/impounds/{id}", impound).then().statusCode(200).body(containsString("Umbrella"))
                    .body(not(containsString("action=\"/office/impounds/" + impound + "/inventory\"")))
                    .body(not(containsString("action=\"/office/impounds/" + impound + "/photos\"")));
            office.submit("/office/impounds/" + impound + "/inventory", form("Roof", "Dent", "Box", "1", "5000", "FULL"))
                    .then().statusCode(403);
        }
        Office otherClerk = Office.signIn(Fixtures.clerk(Fixtures.lot(district, 5)));
        otherClerk.get("/office/impounds/{id}", impound).then().statusCode(404);
        otherClerk.submit("/office/impounds/" + impound + "/inventory", form("Roof", "Dent", "Box", "1", "5000", "FULL"))
                .then().statusCode(404).body(not(containsString("Umbrella")));
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().body("$", hasSize(1));
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefused() {
        Office office = Office.signIn(clerk);
        office.post("/office/impounds/" + impound + "/inventory", form("Hood", "Dent", "Umbrella", "1", "5000", "FULL"))
                .then().statusCode(403);
        Api.as(clerk).get("/api/v1/impounds/{id}/inventory/versions", impound).then().body("$", hasSize(0));
    }

    @Test
    void theClerkAddsAnIntakePhotoThroughThePageAndOthersCannot() {
        Office office = Office.signIn(clerk);
        byte[] jpeg = Images.jpeg(4000);
        upload(office, jpeg, "image/jpeg").then().statusCode(303).header("Location", containsString("done=photo"));
        String sha = Api.as(clerk).get("/api/v1/impounds/{id}/photos", impound).then().body("$", hasSize(1)).extract().path("[0].sha256");
        english(office).get("/office/impounds/{id}", impound).then().body(containsString("/office/impounds/" + impound + "/photos/" + sha));
        byte[] back = office.request().accept("image/jpeg").get("/office/impounds/{id}/photos/{sha}", impound, sha)
                .then().statusCode(200).extract().asByteArray();
        assertThat(back).isEqualTo(jpeg);

        upload(office, "not an image".getBytes(), "image/jpeg").then().statusCode(415).body(containsString("role=\"alert\""));
        upload(Office.signIn(Fixtures.auditor()), Images.jpeg(5000), "image/jpeg").then().statusCode(403);
        Api.as(clerk).get("/api/v1/impounds/{id}/photos", impound).then().body("$", hasSize(1));
    }

    private static RequestSpecification english(Office office) {
        return office.request().header("Accept-Language", "en");
    }

    private Response upload(Office office, byte[] bytes, String type) {
        return office.request().multiPart("csrf", office.formToken()).multiPart("photo", "car.jpg", bytes, type)
                .post("/office/impounds/" + impound + "/photos");
    }

    private static Map<String, Object> form(String part, String damage, String item, String quantity, String odometer, String fuel) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("damagePart1", part);
        fields.put("damageDescription1", damage);
        fields.put("damagePart2", "");
        fields.put("damageDescription2", "");
        fields.put("itemDescription1", item);
        fields.put("itemQuantity1", quantity);
        fields.put("odometer", odometer);
        fields.put("fuel", fuel);
        fields.put("keysReceived", "on");
        fields.put("notes", "Left at the gate");
        return fields;
    }
}

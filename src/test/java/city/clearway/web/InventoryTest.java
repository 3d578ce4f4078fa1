package city.clearway.web;

import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Office;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The clerk's lot inventory shows what each vehicle owes, exactly as its fees say, whatever was paid, waived or held. */
@QuarkusTest
class InventoryTest {

    private static final Pattern ROW = Pattern.compile(
            "href=\"/office/impounds/([0-9a-f-]{36})\">.*?<td>[^<]*</td>\\s*<td>([^<]*?)(<strong>[^<]*</strong>)?</td>\\s*<td class=\"num\">([^<]*)</td>",
            Pattern.DOTALL);

    @Test
    void eachRowShowsTheBalanceTheFeesGiveAndWhetherAHoldStopsTheRelease() {
        String district = Fixtures.district();
        String lot = Fixtures.lot(district, 10);
        String inspector = Fixtures.inspector(district);
        String clerk = Fixtures.clerk(lot);
        String supervisor = Fixtures.supervisor();
        Fixtures.tariffInForce();
        String untouched = Fixtures.impounded(inspector, district, lot).path("id");
        String partlyPaid = Fixtures.impounded(inspector, district, lot).path("id");
        String waivedAndHeld = Fixtures.impounded(inspector, district, lot).path("id");
        String released = Fixtures.impounded(inspector, district, lot).path("id");
        Api.as(clerk).body(Map.of("amount", 1000, "method", "CASH")).post("/api/v1/impounds/{id}/payments", partlyPaid)
                .then().statusCode(201);
        Api.as(supervisor).body(Map.of("amount", 2000, "reason", "Hardship")).post("/api/v1/impounds/{id}/waivers", waivedAndHeld)
                .then().statusCode(201);
        Api.as(supervisor).body(Map.of("authority", "POLICE", "reason", "Reported stolen"))
                .post("/api/v1/impounds/{id}/holds", waivedAndHeld).then().statusCode(201);
        Api.as(clerk).body(Map.of("amount", balance(clerk, released), "method", "CARD"))
                .post("/api/v1/impounds/{id}/payments", released).then().statusCode(201);
        String version = Api.as(clerk).get("/api/v1/impounds/{id}", released).then().extract().header("ETag");
        Api.as(clerk).header("If-Match", version).body(Map.of("releasedToName", "Sara Karimi", "releasedToNationalId", "0012345679",
                "ownershipDocument", "Vehicle card 1")).post("/api/v1/impounds/{id}/release", released).then().statusCode(200);

        Map<String, String> expected = new LinkedHashMap<>();
        for (String id : List.of(released, waivedAndHeld, partlyPaid, untouched)) {
            expected.put(id, NumberFormat.getIntegerInstance(Locale.ENGLISH).format(balance(clerk, id)) + " rials");
        }
        String page = Office.signIn(clerk).request().cookie("clearway-lang", "en").get("/office/impounds?status=ALL")
                .then().statusCode(200).extract().asString();

        Map<String, String> shown = new LinkedHashMap<>();
        List<String> held = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            shown.put(row.group(1), row.group(4).trim());
            if (row.group(3) != null) {
                held.add(row.group(1));
            }
        }
        assertThat(shown).containsExactlyEntriesOf(expected);
        assertThat(shown.get(released)).isEqualTo("0 rials");
        assertThat(held).containsExactly(waivedAndHeld);
    }

    private static long balance(String clerk, String impound) {
        return Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().statusCode(200).extract().<Number>path("balance").longValue();
    }
}

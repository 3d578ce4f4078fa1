package city.clearway.support;

import io.restassured.response.Response;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * Builds what a test needs through the API itself, each piece new and unique, so that test classes never depend on
 * one another's data.
 */
public final class Fixtures {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final ZoneOffset TEHRAN = ZoneOffset.ofHoursMinutes(3, 30);

    private static final AtomicInteger DISTRICTS = new AtomicInteger();
    private static final AtomicInteger LOTS = new AtomicInteger();
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final AtomicInteger PLATES = new AtomicInteger();

    private Fixtures() {
    }

    public static String password(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : "password-of-" + username;
    }

    /** A new district, e.g. {@code TAB07}. */
    public static String district() {
        int n = DISTRICTS.getAndIncrement();
        String code = "T" + (char) ('A' + n / 2600 % 26) + (char) ('A' + n / 100 % 26) + String.format("%02d", n % 100);
        Api.as(ADMIN).body(Map.of("code", code, "name", "District " + code)).post("/api/v1/districts").then().statusCode(201);
        return code;
    }

    /** A new impound lot in that district. */
    public static String lot(String district, int capacity) {
        String code = "LOT-" + LOTS.incrementAndGet();
        Api.as(ADMIN).body(Map.of("code", code, "name", "Lot " + code, "districtCode", district,
                "address", "Street " + code, "capacity", capacity)).post("/api/v1/impound-lots").then().statusCode(201);
        return code;
    }

    public static String user(String prefix, List<String> roles, String districtCode, String lotCode) {
        String username = prefix + "-" + USERS.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password(username));
        body.put("roles", roles);
        if (districtCode != null) {
            body.put("districtCode", districtCode);
        }
        if (lotCode != null) {
            body.put("lotCode", lotCode);
        }
        Api.as(ADMIN).body(body).post("/api/v1/users").then().statusCode(201);
        return username;
    }

    public static String inspector(String district) {
        return user("inspector", List.of("INSPECTOR"), district, null);
    }

    public static String clerk(String lot) {
        return user("clerk", List.of("CLERK"), null, lot);
    }

    public static String supervisor() {
        return user("supervisor", List.of("SUPERVISOR"), null, null);
    }

    public static String auditor() {
        return user("auditor", List.of("AUDITOR"), null, null);
    }

    /** Makes sure a tariff is in force; publishes the standard one when none is. */
    public static void tariffInForce() {
        int status = Api.as(ADMIN).get("/api/v1/tariffs/current").then().statusCode(anyOf(equalTo(200), equalTo(404)))
                .extract().statusCode();
        if (status == 404) {
            publishTariff(StandardTariff.body(null));
        }
    }

    public static int publishTariff(Map<String, Object> body) {
        return Api.as(ADMIN).body(body).post("/api/v1/tariffs").then().statusCode(201).extract().path("version");
    }

    /** A plate never used before in this run, in Persian spelling, with its canonical form. */
    public static PlateText plate() {
        int n = PLATES.getAndIncrement();
        int first = 10 + n % 90;
        int serial = 100 + n / 90 % 900;
        int province = 10 + n / 81_000 % 90;
        String persian = toPersian(first) + " ب " + toPersian(serial) + " ایران " + toPersian(province);
        return new PlateText(persian, first + "ب" + serial + "-" + province);
    }

    public record PlateText(String spelled, String canonical) {
    }

    public static Map<String, Object> violationBody(String district, String plate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plate", plate);
        body.put("vehicleClass", "CAR");
        body.put("violationType", "SIDEWALK_PARKING");
        body.put("districtCode", district);
        body.put("location", Map.of("lat", 38.0792, "lon", 46.2887, "address", "خیابان امام، تبریز"));
        body.put("observedAt", iso(OffsetDateTime.now(TEHRAN).minusMinutes(10).withNano(0)));
        body.put("note", "Parked across the ramp");
        return body;
    }

    /** Registers a car on the sidewalk; returns the violation. */
    public static Response register(String inspector, String district) {
        tariffInForce();
        return Api.as(inspector).body(violationBody(district, plate().spelled())).post("/api/v1/violations")
                .then().statusCode(201).extract().response();
    }

    /** Registers a violation and tows the car into the lot; returns the impound. */
    public static Response impounded(String inspector, String district, String lot) {
        String violationId = register(inspector, district).path("id");
        return Api.as(inspector).body(Map.of("lotCode", lot)).post("/api/v1/violations/{id}/impound", violationId)
                .then().statusCode(201).extract().response();
    }

    /** A time as the contract writes it: always with seconds and an offset. */
    public static String iso(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static String toPersian(int number) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            out.append((char) ('۰' + (c - '0')));
        }
        return out.toString();
    }
}

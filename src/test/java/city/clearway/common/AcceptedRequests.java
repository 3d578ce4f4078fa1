package city.clearway.common;

import city.clearway.common.FuzzRequests.Base;
import city.clearway.support.Api;
import city.clearway.support.Complaints;
import city.clearway.support.Fixtures;
import city.clearway.support.Open311Client;
import city.clearway.support.StandardTariff;
import city.clearway.support.Unclaimed;
import io.restassured.specification.RequestSpecification;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static city.clearway.common.FuzzRequests.encode;
import static city.clearway.common.FuzzRequests.png;

/** A city with something of everything, and for each operation of the contract a request the service would accept. */
final class AcceptedRequests {

    final String district;
    final String lot;
    final String inspector;
    final String clerk;
    final String supervisor;
    final String auditor;
    final Map<String, Base> bases;
    private final Random random;

    /** Builds the city and the requests; {@code random} is the run's, so the names it picks are the same every run. */
    AcceptedRequests(Random random) {
        this.random = random;
        district = Fixtures.district();
        lot = Fixtures.lot(district, 40);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        supervisor = Fixtures.supervisor();
        auditor = Fixtures.auditor();
        Fixtures.tariffInForce();
        bases = bases();
    }

    private Map<String, Base> bases() {
        String read = register();
        byte[] png = png();
        String photo = Api.as(inspector).contentType("image/png").body(png).post("/api/v1/violations/{id}/photos", read)
                .then().statusCode(201).extract().path("sha256");
        String cancel = register();
        String settle = register();
        long fine = Api.as(inspector).get("/api/v1/violations/{id}", settle).then().extract().<Number>path("fine.amount").longValue();
        String tow = register();
        String photos = register();
        String pay = impound();
        String waive = impound();
        String holdPlace = impound();
        String holdLift = impound();
        String hold = Api.as(supervisor).body(Map.of("authority", "POLICE", "reason", "Reported stolen"))
                .post("/api/v1/impounds/{id}/holds", holdLift).then().statusCode(201).extract().path("id");
        String release = impound();
        long balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", release).then().extract().<Number>path("balance").longValue();
        Api.as(clerk).body(Map.of("amount", balance, "method", "CARD")).post("/api/v1/impounds/{id}/payments", release).then().statusCode(201);
        Api.as(clerk).body(Map.of("amount", 1000, "method", "CASH")).post("/api/v1/impounds/{id}/payments", pay).then().statusCode(201);
        String version = Api.as(clerk).get("/api/v1/impounds/{id}", release).then().extract().header("ETag");
        String cancelVersion = Api.as(supervisor).get("/api/v1/violations/{id}", cancel).then().extract().header("ETag");
        String plate = Api.as(inspector).get("/api/v1/violations/{id}", read).then().extract().path("plate");
        String ticket = Api.as(inspector).get("/api/v1/violations/{id}", read).then().extract().path("ticketNumber");
        String admin = Fixtures.ADMIN;
        String newDistrict = "FZZ" + String.format("%02d", random.nextInt(100));

        Map<String, Base> bases = new LinkedHashMap<>();
        bases.put("listUsers", new Base(admin, Map.of()));
        bases.put("createUser", new Base(admin, Map.of()).withJson(Map.of("username", "fuzz-user-" + random.nextInt(1000),
                "password", "a-long-enough-password", "roles", List.of("INSPECTOR"), "districtCode", district)));
        bases.put("getUser", new Base(admin, Map.of("username", inspector)));
        bases.put("listDistricts", new Base(admin, Map.of()));
        bases.put("createDistrict", new Base(admin, Map.of()).withJson(Map.of("code", newDistrict, "name", "Fuzzed district")));
        bases.put("getDistrict", new Base(admin, Map.of("code", district)));
        bases.put("listImpoundLots", new Base(admin, Map.of()));
        bases.put("createImpoundLot", new Base(admin, Map.of()).withJson(Map.of("code", "FUZZ-LOT-" + random.nextInt(1000),
                "name", "Fuzzed lot", "districtCode", district, "address", "Fuzz street 1", "capacity", 5)));
        bases.put("getImpoundLot", new Base(admin, Map.of("code", lot)));
        bases.put("listTariffs", new Base(admin, Map.of()));
        bases.put("createTariff", new Base(admin, Map.of()).withJson(StandardTariff.body(
                Fixtures.iso(OffsetDateTime.now(Fixtures.TEHRAN).plusYears(50).withNano(0)))));
        bases.put("getCurrentTariff", new Base(admin, Map.of()));
        bases.put("getTariff", new Base(admin, Map.of("version", "1")));
        bases.put("listViolationTypes", new Base(admin, Map.of()));
        bases.put("registerViolation", new Base(inspector, Map.of()).withJson(Fixtures.violationBody(district, Fixtures.plate().spelled())));
        Map<String, Object> item = new LinkedHashMap<>(Fixtures.violationBody(district, Fixtures.plate().spelled()));
        item.put("id", UUID.randomUUID().toString());
        bases.put("registerViolationBatch", new Base(inspector, Map.of()).withJson(Map.of("items", List.of(item))));
        bases.put("searchViolations", new Base(auditor, Map.of()).withQuery(Map.of("districtCode", district, "limit", "10")));
        bases.put("getViolation", new Base(admin, Map.of("id", read)));
        bases.put("violationHistory", new Base(auditor, Map.of("id", read)));
        bases.put("addViolationPhoto", new Base(inspector, Map.of("id", photos)).withBytes(png, "image/png"));
        bases.put("listViolationPhotos", new Base(inspector, Map.of("id", read)));
        bases.put("getViolationPhoto", new Base(inspector, Map.of("id", read, "sha256", photo)).withHeaders(Map.of("Accept", "image/png")));
        bases.put("cancelViolation", new Base(supervisor, Map.of("id", cancel)).withHeaders(Map.of("If-Match", cancelVersion))
                .withJson(Map.of("reason", "Registered by mistake")));
        bases.put("settleViolation", new Base(inspector, Map.of("id", settle)).withJson(Map.of("amount", fine, "method", "CASH")));
        bases.put("impoundViolation", new Base(inspector, Map.of("id", tow)).withJson(Map.of("lotCode", lot, "towOperator", "Tow 7")));
        bases.put("listImpounds", new Base(clerk, Map.of()).withQuery(Map.of("lot", lot, "status", "IN_LOT", "limit", "10")));
        bases.put("getImpound", new Base(clerk, Map.of("id", pay)));
        bases.put("quoteFees", new Base(clerk, Map.of("id", pay)).withQuery(Map.of("at", encode(Fixtures.iso(OffsetDateTime.now(Fixtures.TEHRAN)
                .plusDays(3).withNano(0))))));
        bases.put("takePayment", new Base(clerk, Map.of("id", pay)).withHeaders(Map.of("Idempotency-Key", "fuzz-" + random.nextInt(1000)))
                .withJson(Map.of("amount", 1000, "method", "CASH", "reference", "POS-7")));
        bases.put("listPayments", new Base(clerk, Map.of("id", pay)));
        bases.put("grantWaiver", new Base(supervisor, Map.of("id", waive)).withJson(Map.of("amount", 1000, "reason", "Hardship")));
        bases.put("placeHold", new Base(supervisor, Map.of("id", holdPlace)).withJson(Map.of("authority", "POLICE", "reason", "Reported stolen",
                "reference", "P-7")));
        bases.put("liftHold", new Base(supervisor, Map.of("id", holdLift, "holdId", hold)).withJson(Map.of("reason", "Cleared")));
        bases.put("releaseVehicle", new Base(clerk, Map.of("id", release)).withHeaders(Map.of("If-Match", version))
                .withJson(Map.of("releasedToName", "Sara Karimi", "releasedToNationalId", "0012345679", "ownershipDocument", "Vehicle card 1",
                        "releasedTo", Map.of("kind", "LEGAL_ENTITY", "companyName", "Tabriz Transport Co.", "companyNationalId", "10380284790"))));
        bases.put("overrideOtherDebts", new Base(supervisor, Map.of("id", impound()))
                .withJson(Map.of("reason", "The owner pays the other impound's fees in instalments")));
        bases.put("verifyAuditChain", new Base(auditor, Map.of()));
        bases.put("summaryReport", new Base(auditor, Map.of()).withQuery(Map.of("from", "2026-01-01", "to", "2026-06-30", "groupBy", "month")));
        bases.put("publicLookup", new Base(null, Map.of()).withQuery(Map.of("plate", encode(plate), "ticket", ticket)));
        accounts(bases);
        complaints(bases);
        unclaimedVehicles(bases, pay);
        intake(bases, png);
        appeals(bases, fine);
        return bases;
    }

    /** The intake inventory and intake photos of a car in the lot. */
    private void intake(Map<String, Base> bases, byte[] png) {
        String recorded = impound();
        Map<String, Object> inventory = Map.of(
                "condition", Map.of("damage", List.of(Map.of("part", "Front bumper", "description", "Scratched")),
                        "odometer", 120_000, "fuel", "HALF"),
                "items", List.of(Map.of("description", "Child seat", "quantity", 1)),
                "keysReceived", true, "notes", "Towed from Imam street");
        Api.as(clerk).body(inventory).post("/api/v1/impounds/{id}/inventory", recorded).then().statusCode(201);
        String photo = Api.as(clerk).contentType("image/png").body(png).post("/api/v1/impounds/{id}/photos", recorded)
                .then().statusCode(201).extract().path("sha256");
        bases.put("recordInventory", new Base(clerk, Map.of("id", impound()))
                .withHeaders(Map.of("Idempotency-Key", "fuzz-inventory-" + random.nextInt(1000))).withJson(inventory));
        bases.put("getInventory", new Base(clerk, Map.of("id", recorded)));
        bases.put("listInventoryVersions", new Base(auditor, Map.of("id", recorded)));
        bases.put("addIntakePhoto", new Base(clerk, Map.of("id", impound())).withBytes(png, "image/png"));
        bases.put("listIntakePhotos", new Base(clerk, Map.of("id", recorded)));
        bases.put("getIntakePhoto", new Base(clerk, Map.of("id", recorded, "sha256", photo)).withHeaders(Map.of("Accept", "image/png")));
    }

    /** Users and API keys: each request that would change an account has an account of its own to change. */
    private void accounts(Map<String, Base> bases) {
        String admin = Fixtures.ADMIN;
        bases.put("disableUser", new Base(admin, Map.of("username", Fixtures.inspector(district))));
        bases.put("enableUser", new Base(admin, Map.of("username", Fixtures.inspector(district))));
        bases.put("resetPassword", new Base(admin, Map.of("username", Fixtures.inspector(district)))
                .withJson(Map.of("password", "a-temporary-password-7")));
        String changing = Fixtures.inspector(district);
        bases.put("changeOwnPassword", new Base(changing, Map.of())
                .withJson(Map.of("currentPassword", Fixtures.password(changing), "newPassword", "another-long-password-8")));
        bases.put("listApiKeys", new Base(admin, Map.of()));
        bases.put("createApiKey", new Base(admin, Map.of()).withJson(Map.of("name", "Fuzzed civic app")));
        String key = Api.as(admin).body(Map.of("name", "Key to revoke")).post("/api/v1/api-keys").then().statusCode(201).extract().path("id");
        bases.put("revokeApiKey", new Base(admin, Map.of("id", key)));
        String renamed = Fixtures.district();
        bases.put("updateDistrict", new Base(admin, Map.of("code", renamed)).withJson(Map.of("name", "Renamed district")));
    }

    /** Owner notices, and a vehicle unclaimed long enough, its final notice sent, to be disposed of. */
    private void unclaimedVehicles(Map<String, Base> bases, String impound) {
        String unclaimed = impound();
        Unclaimed.takenInDaysAgo(unclaimed, 61);
        bases.put("listOwnerNotices", new Base(clerk, Map.of("id", impound)));
        bases.put("disposeOfVehicle", new Base(supervisor, Map.of("id", unclaimed))
                .withJson(Map.of("method", "AUCTION", "reference", "AUC-7", "proceeds", 1000)));
    }

    /** Citizens' reports inside the district's boundary, each far enough from the others not to join them. */
    private void complaints(Map<String, Base> bases) {
        Complaints.Square square = Complaints.newSquare();
        Complaints.bound(district, square);
        String key = Complaints.apiKey("Fuzzed civic app");
        String read = complaint(key, square.at(100, 100), true);
        String link = complaint(key, square.at(300, 300), false);
        String close = complaint(key, square.at(500, 500), false);
        String route = complaint(key, square.at(700, 700), false);
        String sha256 = Api.as(supervisor).get("/api/v1/complaints/{id}", read).then().extract().path("photos[0].sha256");
        bases.put("complaintQueue", new Base(inspector, Map.of()).withQuery(Map.of("districtCode", district, "limit", "10")));
        bases.put("getComplaint", new Base(inspector, Map.of("id", read)));
        bases.put("getComplaintPhoto", new Base(supervisor, Map.of("id", read, "sha256", sha256)).withHeaders(Map.of("Accept", "image/png")));
        bases.put("linkComplaintViolation", new Base(inspector, Map.of("id", link)).withJson(Map.of("violationId", register())));
        bases.put("closeComplaint", new Base(inspector, Map.of("id", close)).withJson(Map.of("reason", "Not found on arrival")));
        bases.put("routeComplaint", new Base(supervisor, Map.of("id", route)).withJson(Map.of("districtCode", district)));
        bases.put("complaintFigures", new Base(auditor, Map.of()).withQuery(Map.of("from", "2026-01-01", "to", "2026-06-30")));
    }

    /** Appeals: one violation to file for, one open appeal to decide, and money due back at a lot and for a fine paid on the spot. */
    private void appeals(Map<String, Base> bases, long fine) {
        String towed = impound();
        Api.as(clerk).body(Map.of("amount", 100_000, "method", "CASH")).post("/api/v1/impounds/{id}/payments", towed).then().statusCode(201);
        overturn(Api.as(clerk).get("/api/v1/impounds/{id}", towed).then().extract().path("violationId"));
        String settled = register();
        Api.as(inspector).body(Map.of("amount", fine, "method", "CASH")).post("/api/v1/violations/{id}/settle", settled).then().statusCode(200);
        String overturned = overturn(settled);
        String open = register();
        String appeal = Api.as(supervisor).body(Map.of("grounds", "Loading permit")).post("/api/v1/violations/{id}/appeals", open)
                .then().statusCode(201).extract().path("id");
        bases.put("fileAppeal", new Base(clerk, Map.of("id", Api.as(clerk).get("/api/v1/impounds/{id}", impound()).then()
                .extract().path("violationId"))).withJson(Map.of("grounds", "The car had broken down", "evidence", "Garage invoice 77")));
        bases.put("listViolationAppeals", new Base(supervisor, Map.of("id", overturned)));
        bases.put("listAppeals", new Base(supervisor, Map.of()).withQuery(Map.of("status", "OPEN", "limit", "10")));
        bases.put("getAppeal", new Base(auditor, Map.of("id", appeal)));
        bases.put("decideAppeal", new Base(supervisor, Map.of("id", appeal)).withJson(Map.of("outcome", "UPHELD", "reason", "No permit shown")));
        bases.put("refundImpound", new Base(clerk, Map.of("id", towed)).withJson(Map.of("amount", 1000, "method", "CASH", "reference", "SLIP-7")));
        bases.put("refundViolation", new Base(clerk, Map.of("id", settled)).withJson(Map.of("amount", 1000, "method", "CARD",
                "reference", "POS-7")));
    }

    /** Files an appeal for the violation and overturns it; returns the violation. */
    private String overturn(String violation) {
        String appeal = Api.as(supervisor).body(Map.of("grounds", "Wrong plate read")).post("/api/v1/violations/{id}/appeals", violation)
                .then().statusCode(201).extract().path("id");
        Api.as(supervisor).body(Map.of("outcome", "OVERTURNED", "reason", "The plate was misread"))
                .post("/api/v1/appeals/{id}/decision", appeal).then().statusCode(200);
        return violation;
    }

    /** Files a report through Open311 (with a photo when asked) and finds its id in the queue. */
    private String complaint(String key, double[] point, boolean withPhoto) {
        RequestSpecification filing = Open311Client.careless().multiPart("api_key", key).multiPart("service_code", "SIDEWALK_PARKING")
                .multiPart("lat", Double.toString(point[0])).multiPart("long", Double.toString(point[1]));
        if (withPhoto) {
            filing = filing.multiPart("photo1", "car.png", png(), "image/png");
        }
        String serviceRequestId = filing.post("/open311/v2/requests.json").then().statusCode(200).extract().path("[0].service_request_id");
        List<Map<String, Object>> queue = Api.as(supervisor).queryParam("districtCode", district).queryParam("limit", 500)
                .get("/api/v1/complaints").then().statusCode(200).extract().path("items");
        return (String) queue.stream().filter(item -> serviceRequestId.equals(item.get("serviceRequestId"))).findFirst().orElseThrow().get("id");
    }

    private String register() {
        return Fixtures.register(inspector, district).path("id");
    }

    private String impound() {
        return Fixtures.impounded(inspector, district, lot).path("id");
    }

    String firstReceipt(String impound) {
        return Api.as(clerk).get("/api/v1/impounds/{id}/payments", impound).then().extract().path("[0].receiptNumber");
    }

}

package city.clearway.common;

import city.clearway.common.FuzzRequests.Base;
import city.clearway.security.OfficeSessions;
import city.clearway.support.Api;
import city.clearway.support.HostileValues;
import city.clearway.support.Office;
import city.clearway.support.RawHttp;
import city.clearway.support.RawHttp.Answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static city.clearway.common.FuzzRequests.encodeForm;
import static city.clearway.common.FuzzRequests.form;
import static city.clearway.common.FuzzRequests.formHeaders;
import static city.clearway.common.FuzzValues.ACCEPT;
import static city.clearway.common.FuzzValues.ACCEPT_LANGUAGE;

/**
 * The office pages and forms fuzzed as the API is: garbage in every parameter and header, broken fields in every form,
 * each answer below 500 and a page, and no broken form carried out.
 */
final class OfficeFuzz {

    private final AcceptedRequests accepted;
    private final Map<String, Base> bases;
    private final String auditor;
    private final String clerk;
    private final String supervisor;
    private final FuzzTally tally;

    OfficeFuzz(AcceptedRequests accepted, FuzzTally tally) {
        this.accepted = accepted;
        this.bases = accepted.bases;
        this.auditor = accepted.auditor;
        this.clerk = accepted.clerk;
        this.supervisor = accepted.supervisor;
        this.tally = tally;
    }

    void fuzzOffice() {
        Map<String, String> sessions = Map.of(auditor, Office.signIn(auditor).session(), clerk, Office.signIn(clerk).session(),
                supervisor, Office.signIn(supervisor).session());
        String violation = bases.get("getViolation").path().get("id");
        String impound = bases.get("getImpound").path().get("id");
        String photo = bases.get("getViolationPhoto").path().get("sha256");
        String receipt = accepted.firstReceipt(impound);
        Map<String, List<String>> pages = new LinkedHashMap<>();
        List<String> searchParams = List.of("plate", "districtCode", "status", "violationType", "inspector", "from", "to", "cursor");
        pages.put("/office/violations", searchParams);
        pages.put("/office/violations.csv", searchParams.subList(0, 7));
        pages.put("/office/reports", List.of("from", "to", "groupBy"));
        pages.put("/office/impounds", List.of("plate", "status"));
        pages.put("/office/impounds/" + impound, List.of("done", "receipt"));
        pages.put("/office/lang/en", List.of("back"));
        pages.put("/office/login", List.of("error"));
        pages.put("/office", List.of("x"));
        pages.put("/office/audit", List.of("x"));
        pages.put("/office/violations/" + violation, List.of("x"));
        pages.put("/office/violations/" + violation + "/photos/" + photo, List.of("x"));
        pages.put("/office/impounds/" + impound + "/receipts/" + receipt, List.of("x"));
        pages.put("/office/impounds/" + impound + "/release-slip", List.of("x"));
        pages.put("/office/complaints", List.of("status", "lat", "lon"));
        pages.put("/office/complaints/" + accepted.bases.get("getComplaint").path().get("id"), List.of("done"));
        pages.put("/office/password", List.of("error"));
        List<String> garbage = List.of("", "%00", "%F0%9F%9A%97", "x".repeat(3000), "'%22%3Cscript%3Ealert(1)%3C/script%3E", "-1",
                "0001-01-01", "%2B999999999-01-01", "NOT_A_VALUE", "%E2%80%AE", "%0D%0Aforged", "%FF", "//evil.example", "2026-02-30");
        String session = sessions.get(auditor);
        pages.forEach((page, params) -> {
            for (String param : params) {
                for (String value : garbage) {
                    sendToOffice("GET", page + "?" + param + "=" + value, session, Map.of(), null, false);
                }
            }
            for (String accept : tally.sample(ACCEPT, 3)) {
                sendToOffice("GET", page, session, Map.of("Accept", accept), null, false);
            }
            for (String language : tally.sample(ACCEPT_LANGUAGE, 3)) {
                sendToOffice("GET", page, session, Map.of("Accept-Language", language), null, false);
            }
            sendToOffice("GET", page, session, Map.of("Cookie", "clearway-lang=%00;;;=; clearway-session=" + sessions.get(auditor)), null, false);
            sendToOffice("GET", page, null, Map.of(), null, false);
        });
        for (String path : List.of("/office/nope", "/office/impounds/not-an-id", "/office/violations/%E2%80%AE", "/office/violations/x/photos/y")) {
            sendToOffice("GET", path, session, Map.of(), null, false);
            sendToOffice("POST", path, session, Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=b", false);
        }
        officeForms(sessions);
    }

    private void officeForms(Map<String, String> sessions) {
        Map<String, String> pay = form("amount", "1000", "method", "CASH", "reference", "POS-1", "token", UUID.randomUUID().toString());
        Map<String, String> waive = form("waiverAmount", "1000", "waiverReason", "Hardship");
        Map<String, String> hold = form("authority", "POLICE", "holdReason", "Reported stolen", "holdReference", "P-1");
        Map<String, String> lift = form("liftReason", "Cleared");
        Base release = bases.get("releaseVehicle");
        Map<String, String> releaseForm = form("releasedToName", "Sara Karimi", "releasedToNationalId", "0012345679",
                "ownershipDocument", "Vehicle card 1", "version", release.headers().get("If-Match").replace("\"", ""));
        List<String> numbers = List.of("", "-1", "0", "1.5", "1e3", "9".repeat(30), "🚗", "%00", "۱٫۵", "x".repeat(5000));
        List<String> choices = List.of("", "cash", "🚗", "%00", "CASH%E2%80%8F", "x".repeat(5000));
        List<String> requiredText = List.of("", "%20%20%20", "%00", "a%00b", "x".repeat(5000));
        List<String> optionalText = List.of("%00", "x".repeat(5000));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("amount", numbers);
        fields.put("waiverAmount", numbers);
        fields.put("method", choices);
        fields.put("authority", choices);
        fields.put("reference", optionalText);
        fields.put("holdReference", optionalText);
        fields.put("token", List.of("", "%20", "k".repeat(256), "%00"));
        fields.put("waiverReason", requiredText);
        fields.put("holdReason", requiredText);
        fields.put("liftReason", requiredText);
        fields.put("releasedToName", requiredText);
        fields.put("ownershipDocument", requiredText);
        fields.put("releasedToNationalId", List.of("", "123", "0012345678", "🚗", "%00", "x".repeat(5000)));
        fields.put("version", List.of("", "-1", "abc", "9".repeat(30), "0"));
        fields.put("overrideReason", requiredText);
        fields.put("disposalMethod", choices);
        fields.put("disposalReference", requiredText);
        fields.put("grounds", requiredText);
        fields.put("outcome", choices);
        fields.put("reason", requiredText);
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("/office/impounds/" + bases.get("takePayment").path().get("id") + "/payments", pay);
        forms.put("/office/impounds/" + bases.get("grantWaiver").path().get("id") + "/waivers", waive);
        forms.put("/office/impounds/" + bases.get("placeHold").path().get("id") + "/holds", hold);
        Base liftBase = bases.get("liftHold");
        forms.put("/office/impounds/" + liftBase.path().get("id") + "/holds/" + liftBase.path().get("holdId") + "/lift", lift);
        forms.put("/office/impounds/" + release.path().get("id") + "/release", releaseForm);
        forms.put("/office/impounds/" + bases.get("overrideOtherDebts").path().get("id") + "/debt-override", form("overrideReason", "Instalments"));
        forms.put("/office/impounds/" + bases.get("disposeOfVehicle").path().get("id") + "/disposal",
                form("disposalMethod", "AUCTION", "disposalReference", "AUCTION-77"));
        forms.put("/office/appeals/violation/" + bases.get("fileAppeal").path().get("id"), form("grounds", "The car had broken down"));
        String appeal = bases.get("decideAppeal").path().get("id");
        String appealed = Api.as(supervisor).get("/api/v1/appeals/{id}", appeal).then().statusCode(200).extract().path("violationId");
        forms.put("/office/appeals/violation/" + appealed + "/decision", form("appeal", appeal, "outcome", "UPHELD", "reason", "No permit shown"));
        forms.forEach((action, fieldsOfForm) -> {
            String session = action.endsWith("/payments") || action.endsWith("/release") ? sessions.get(clerk) : sessions.get(supervisor);
            // The form as its page sends it, with the session's token: the broken fields reach the form's own checks.
            Map<String, String> valid = new LinkedHashMap<>(fieldsOfForm);
            valid.put("csrf", OfficeSessions.formToken(session));
            for (String field : valid.keySet()) {
                for (String value : fields.getOrDefault(field, List.of())) {
                    Map<String, String> broken = new LinkedHashMap<>(valid);
                    broken.put(field, value);
                    sendToOffice("POST", action, session, formHeaders(), encodeForm(broken), true);
                }
                Map<String, String> missing = new LinkedHashMap<>(valid);
                missing.remove(field);
                if (!field.equals("reference") && !field.equals("holdReference") && !field.equals("token")) {
                    sendToOffice("POST", action, session, formHeaders(), encodeForm(missing), true);
                }
            }
            for (String origin : List.of("http://[::1", "ht tp://x", "http://evil.example")) {
                Map<String, String> headers = new LinkedHashMap<>(formHeaders());
                headers.put("Origin", origin);
                sendToOffice("POST", action, session, headers, encodeForm(valid), true);
            }
            for (String type : List.of("application/json", "text/plain", "multipart/form-data; boundary=x")) {
                sendToOffice("POST", action, session, Map.of("Content-Type", type), encodeForm(valid), true);
            }
            sendToOffice("POST", action, null, formHeaders(), encodeForm(valid), true);
        });
    }

    private void sendToOffice(String method, String target, String session, Map<String, String> headers, String body, boolean write) {
        RawHttp request = RawHttp.request(method, target);
        headers.forEach(request::header);
        if (session != null && !headers.containsKey("Cookie")) {
            request.header("Cookie", Office.SESSION_COOKIE + "=" + session);
        }
        if (body != null) {
            request.body(body);
        }
        Answer answer = request.send();
        tally.officeRequests++;
        tally.statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
        String where = "office " + method + " " + HostileValues.escaped(target) + " " + headers + (body == null ? "" : " "
                + HostileValues.escaped(body.length() > 120 ? body.substring(0, 120) : body)) + " -> " + answer.status();
        if (!tally.check(answer.status() < 500, where, "no 5xx", answer)) {
            return;
        }
        String type = answer.header("Content-Type");
        if (answer.status() >= 300 && answer.status() < 400) {
            String location = answer.header("Location");
            tally.check(!write || session == null || location == null || location.contains("/office/login"), where,
                    "a broken form is not carried out", answer);
            return;
        }
        boolean page = type != null && type.startsWith("text/html");
        boolean fileAsked = answer.status() == 200 && (target.contains(".csv") || target.contains("/photos/"));
        tally.check(page || fileAsked, where, "an HTML page", answer);
    }

}

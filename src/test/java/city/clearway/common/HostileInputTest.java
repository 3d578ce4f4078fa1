package city.clearway.common;

import city.clearway.security.OfficeSessions;
import city.clearway.support.Api;
import city.clearway.support.Complaints;
import city.clearway.support.Contract;
import city.clearway.support.Contract.Operation;
import city.clearway.support.Contract.Param;
import city.clearway.support.Fixtures;
import city.clearway.support.HostileValues;
import city.clearway.support.HostileValues.Hostile;
import city.clearway.support.Office;
import city.clearway.support.Open311Client;
import city.clearway.support.RawHttp;
import city.clearway.support.RawHttp.Answer;
import city.clearway.support.StandardTariff;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzzer driven by the contract: for every operation of {@code openapi/clearway.yaml} it takes a request the service
 * would accept and breaks it in one place at a time (each body field given every value its schema forbids, the body
 * malformed, the wrong media type, absurd headers, path and query parameters that cannot be read or lie outside the
 * recorded years), and sends each as a signed-in user who may call the operation and again anonymously. It does the
 * same to the office pages and forms. Every answer must be below 500, every refusal on the API an RFC 9457 problem,
 * every office answer a page, and nothing may change: the audit chain is as long after the run as before it.
 * Finally each unbroken request is sent once and accepted, which shows every broken one was one step from acceptance.
 *
 * <p>Header mutations go on reads, and on writes whose body is refused anyway, so that a header the service rightly
 * ignores (a malformed {@code Accept-Language}) can change nothing either. The generation is deterministic (a fixed
 * seed picks the samples) and bounded; the counts are printed and written to {@code target/fuzz-summary.txt}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final long SEED = 20_261_130L;
    private static final Path SUMMARY = Path.of("target", "fuzz-summary.txt");
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String NO_SUCH_USER = "fuzz-nobody";
    /** Every request is sent by someone who may call the operation; one in this many again without credentials. */
    private static final int ANONYMOUS_ONE_IN = 4;

    private static final List<String> ACCEPT = List.of("text/html", "application/xml", ";;;", "*/*;q=abc", "application/json;q=2",
            "\u200f", "x/" + "y".repeat(2000), "image/png", "application/problem+json;q=0", "text/*;level=");
    private static final List<String> ACCEPT_LANGUAGE = List.of("fa;q=abc", "en;q=2", "*;q=", ";;;", "-", "zz-ZZ-" + "x".repeat(500),
            "fa-IR;q=0.5, *;q=0.1", ",,,", "\u200ffa");
    private static final List<String> CONTENT_TYPE_ON_READS = List.of("application/json;;;", "garbage/", "=;=", "multipart/form-data");
    private static final List<String> ORIGIN = List.of("http://[::1", "ht tp://x", "null", "http://evil.example", "://", "http://%zz");
    private static final List<String> IF_MATCH = List.of("*", "\"abc\"", "W/\"1\"", ",,,", "\"-1\"", "\"99999999999999999999\"",
            "x".repeat(3000), "\"1\" \"2\"");
    private static final List<String> IDEMPOTENCY_KEY = List.of("", "   ", "k".repeat(256), "has space", "ünicode", "tab\there");
    private static final List<String> AUTHORIZATION = List.of("Basic !!!", "Basic " + base64("no-colon"), "Bearer abc.def.ghi", "Basic",
            "Digest username=\"admin\"", "Basic " + base64("admin"), "basic " + "A".repeat(3000), "Basic " + base64(":"),
            "Basic " + base64("ad\u0000min:x"));
    private static final List<String> WRONG_JSON_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "garbage", "application/", "image/png", "application/json-patch+json");
    private static final List<String> MALFORMED_JSON = List.of("", "{", "}", "[", "[1,2", "{\"a\":}", "nul", "{} {}", "{'a':1}",
            "{\"a\":NaN}", "\"just a string\"", "123", "[]", "null", "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":" + "1".repeat(2000) + "}", "\u0000");
    private static final List<String> BAD_PATH_SEGMENTS = List.of("not-a-uuid", "0", "-1", "99999999999999999999", "x".repeat(300),
            "%00", "%0A", "%0D%0Aforged", "%2F", "..%2F..", "%E2%80%AE", "%C0%AF", "%F0%9F%9A%97", "'", "%7Bid%7D", "%20", "%FF");
    /** Escapes that cannot be decoded, in a path or a query: the router refuses them with an empty 400 before any handler runs. */
    private static final List<String> UNDECODABLE_SEGMENTS = List.of("%ZZ", "%");
    private static final List<String> BAD_QUERY_TEXT = List.of("%00", "%F0%9F%9A%97", "x".repeat(3000), "%E2%80%AE", "'%22%3Cscript%3E",
            "%0D%0Aforged", "%FF");

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final Random random = new Random(SEED);
    private int requests;
    private int undecodable;
    private int officeRequests;

    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String supervisor;
    private String auditor;
    private Map<String, Base> bases;

    /** A request that would be accepted: who sends it, its path parameters, query, headers and body. */
    private record Base(String user, Map<String, String> path, Map<String, String> query, Map<String, String> headers,
                        JsonNode json, byte[] bytes, String contentType) {

        Base(String user, Map<String, String> path) {
            this(user, path, Map.of(), Map.of(), null, null, null);
        }

        Base withQuery(Map<String, String> query) {
            return new Base(user, path, query, headers, json, bytes, contentType);
        }

        Base withHeaders(Map<String, String> headers) {
            return new Base(user, path, query, headers, json, bytes, contentType);
        }

        Base withJson(Object body) {
            return new Base(user, path, query, headers, JSON.valueToTree(body), null, "application/json");
        }

        Base withBytes(byte[] body, String type) {
            return new Base(user, path, query, headers, null, body, type);
        }
    }

    /** One request to send: the operation, what was broken, and the request itself. */
    private record Probe(Operation operation, String broken, String user, String target, Map<String, String> headers, byte[] body,
                         boolean undecodable) {
    }

    /** Once for the class; in a @BeforeEach because Quarkus points RestAssured at the service only before each test. */
    @BeforeEach
    void aCityWithSomethingOfEverything() {
        if (bases != null) {
            return;
        }
        district = Fixtures.district();
        lot = Fixtures.lot(district, 40);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        supervisor = Fixtures.supervisor();
        auditor = Fixtures.auditor();
        Fixtures.tariffInForce();
        bases = bases();
    }

    @Test
    void everyOperationOfTheContractHasARequestToBreak() {
        List<String> inContract = Contract.operations().stream().map(Operation::id).sorted().toList();
        assertThat(bases.keySet()).containsExactlyInAnyOrderElementsOf(inContract);
    }

    @Test
    void hostileInputIsRefusedWithAProblemOrAPageAndChangesNothing() throws IOException {
        long before = auditLength();
        List<Operation> operations = Contract.operations();
        for (Operation operation : operations) {
            for (Probe probe : probes(operation)) {
                sendToApi(probe);
            }
        }
        fuzzOffice();
        long after = auditLength();
        String summary = summary(operations.size(), before, after);
        System.out.println(summary);
        Files.createDirectories(SUMMARY.getParent());
        Files.writeString(SUMMARY, summary + System.lineSeparator(), StandardCharsets.UTF_8);

        assertThat(failures).as("answers that broke the rules (%d); the first ones", failures.size())
                .isEmpty();
        assertThat(after).as("audit chain length after %d hostile requests", requests + officeRequests).isEqualTo(before);
        eachUnbrokenRequestIsAccepted(operations);
    }

    // ---- the API ----

    private List<Probe> probes(Operation operation) {
        Base base = bases.get(operation.id());
        List<Probe> probes = new ArrayList<>();
        if (base.json() != null) {
            bodyFields(operation, base, "", operation.body(), base.json(), probes);
            probes.add(withBody(operation, base, "an unexpected field", json(added(base.json(), "unexpected", "x"))));
            for (String malformed : MALFORMED_JSON) {
                probes.add(withBody(operation, base, "malformed JSON " + HostileValues.escaped(malformed), malformed.getBytes(StandardCharsets.UTF_8)));
            }
            probes.add(withBody(operation, base, "invalid UTF-8", invalidUtf8(base.json())));
            probes.add(withBody(operation, base, "a duplicated field", duplicatedField(base.json())));
            for (String type : WRONG_JSON_TYPES) {
                probes.add(probe(operation, "Content-Type " + type, base.user(), target(operation, base.path(), base.query()),
                        headers(base, Map.of("Content-Type", type)), json(base.json())));
            }
        }
        if (base.bytes() != null) {
            photoBodies(operation, base, probes);
        }
        pathParameters(operation, base, probes);
        queryParameters(operation, base, probes);
        headerMutations(operation, base, probes);
        return probes;
    }

    /** Every field of the body, at any depth, given every value its schema forbids. */
    private void bodyFields(Operation operation, Base base, String prefix, Schema<?> schema, JsonNode valid, List<Probe> probes) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            String path = prefix + name;
            Schema<?> field = Contract.merged(property);
            for (Hostile hostile : HostileValues.forField(field, required.contains(name))) {
                JsonNode broken = replaced(base.json(), path, hostile.value());
                probes.add(withBody(operation, base, path + ": " + hostile.label(), json(broken)));
            }
            JsonNode value = valid.get(name);
            if (value != null && value.isObject()) {
                probes.add(withBody(operation, base, path + ": an unexpected field", json(replaced(base.json(), path, added(value, "unexpected", "x")))));
                bodyFields(operation, base, path + ".", field, value, probes);
            }
            if (value != null && value.isArray() && !value.isEmpty() && field.getItems() != null && value.get(0).isObject()) {
                bodyFields(operation, base, path + "[0].", Contract.merged(field.getItems()), value.get(0), probes);
            }
        });
    }

    private void photoBodies(Operation operation, Base base, List<Probe> probes) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty", new byte[0]);
        bodies.put("text", "not an image".getBytes(StandardCharsets.UTF_8));
        bodies.put("a PNG cut short", java.util.Arrays.copyOf(base.bytes(), 12));
        bodies.put("GIF bytes", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        bodies.put("one byte", new byte[] {(byte) 0x89});
        bodies.forEach((label, bytes) -> probes.add(withBody(operation, base, "photo " + label, bytes)));
        for (String type : List.of("image/gif", "text/plain", "application/json", "image/jpeg", "garbage", "image/")) {
            probes.add(probe(operation, "photo Content-Type " + type, base.user(), target(operation, base.path(), base.query()),
                    headers(base, Map.of("Content-Type", type)), base.bytes()));
        }
        probes.add(probe(operation, "photo without Content-Type", base.user(), target(operation, base.path(), base.query()),
                without(headers(base, Map.of()), "Content-Type"), base.bytes()));
    }

    private void pathParameters(Operation operation, Base base, List<Probe> probes) {
        for (Param param : operation.params("path")) {
            List<String> values = new ArrayList<>(BAD_PATH_SEGMENTS);
            if ("integer".equals(HostileValues.typeOf(param.schema()))) {
                values.addAll(List.of("abc", "2147483648", "1.5", "1e3"));
            }
            for (String value : values) {
                Map<String, String> path = new LinkedHashMap<>(base.path());
                path.put(param.name(), value);
                probes.add(probe(operation, "path " + param.name() + "=" + HostileValues.escaped(value), base.user(),
                        target(operation, path, base.query()), headers(base, Map.of()), body(base)));
            }
            for (String value : UNDECODABLE_SEGMENTS) {
                Map<String, String> path = new LinkedHashMap<>(base.path());
                path.put(param.name(), value);
                probes.add(new Probe(operation, "path " + param.name() + "=" + value, base.user(), target(operation, path, base.query()),
                        headers(base, Map.of()), body(base), true));
            }
        }
    }

    private void queryParameters(Operation operation, Base base, List<Probe> probes) {
        if (operation.changesState()) {
            return;
        }
        for (Param param : operation.params("query")) {
            List<String> values = new ArrayList<>(BAD_QUERY_TEXT);
            Schema<?> schema = param.schema();
            if (schema.getEnum() != null) {
                values.addAll(List.of("nope", String.valueOf(schema.getEnum().get(0)).toLowerCase(), "%E2%80%8F" + schema.getEnum().get(0)));
            } else if ("integer".equals(HostileValues.typeOf(schema))) {
                values.addAll(List.of("abc", "1.5", "-1", "0", "2147483648", "99999999999999999999", "1e3", "%D9%A1%D9%A2"));
                if (schema.getMaximum() != null) {
                    values.add(schema.getMaximum().add(java.math.BigDecimal.ONE).toPlainString());
                }
            } else if ("date-time".equals(schema.getFormat())) {
                HostileValues.DATES_OUTSIDE_THE_YEARS.forEach(date -> values.add(encode(date)));
                HostileValues.UNREADABLE_DATES.forEach(date -> values.add(encode(date)));
            } else if ("date".equals(schema.getFormat())) {
                HostileValues.DAYS_OUTSIDE_THE_YEARS.forEach(day -> values.add(encode(day)));
                HostileValues.UNREADABLE_DAYS.forEach(day -> values.add(encode(day)));
            }
            if (param.required()) {
                values.add(null);
            }
            for (String value : values) {
                Map<String, String> query = new LinkedHashMap<>(base.query());
                if (value == null) {
                    query.remove(param.name());
                } else {
                    query.put(param.name(), value);
                }
                probes.add(probe(operation, "query " + param.name() + "=" + (value == null ? "(missing)" : HostileValues.escaped(value)),
                        base.user(), target(operation, base.path(), query), headers(base, Map.of()), body(base)));
            }
            for (String value : UNDECODABLE_SEGMENTS) {
                Map<String, String> query = new LinkedHashMap<>(base.query());
                query.put(param.name(), value);
                probes.add(new Probe(operation, "query " + param.name() + "=" + value, base.user(), target(operation, base.path(), query),
                        headers(base, Map.of()), body(base), true));
            }
            String twice = target(operation, base.path(), base.query()) + (base.query().isEmpty() ? "?" : "&")
                    + param.name() + "=1&" + param.name() + "=%FF";
            probes.add(probe(operation, "query " + param.name() + " twice", base.user(), twice, headers(base, Map.of()), body(base)));
        }
        Map<String, String> unknown = new LinkedHashMap<>(base.query());
        unknown.put("unknown", "%F0%9F%9A%97");
        probes.add(probe(operation, "an unknown query parameter", base.user(), target(operation, base.path(), unknown),
                headers(base, Map.of()), body(base)));
    }

    /**
     * Absurd headers. A write gets them with a body that is refused anyway, so that what they do cannot matter; a
     * sample of each list (picked by the seed) goes to each operation to keep the run short.
     */
    private void headerMutations(Operation operation, Base base, List<Probe> probes) {
        byte[] body = operation.changesState() ? refusedBody(base) : null;
        Map<String, List<String>> mutations = new LinkedHashMap<>();
        mutations.put("Accept", sample(ACCEPT, 4));
        mutations.put("Accept-Language", sample(ACCEPT_LANGUAGE, 4));
        mutations.put("Origin", sample(ORIGIN, 2));
        if (!operation.changesState()) {
            mutations.put("Content-Type", sample(CONTENT_TYPE_ON_READS, 2));
        }
        mutations.put("If-Match", operation.params("header").stream().anyMatch(p -> p.name().equals("If-Match")) ? IF_MATCH : sample(IF_MATCH, 2));
        mutations.put("Idempotency-Key", operation.params("header").stream().anyMatch(p -> p.name().equals("Idempotency-Key"))
                ? IDEMPOTENCY_KEY : sample(IDEMPOTENCY_KEY, 2));
        // A write with no body to break (disabling a user, revoking a key) is sent by someone it is refused to, so
        // that the headers are read and answered while nothing changes.
        String sender = operation.changesState() && base.json() == null && base.bytes() == null ? inspector : base.user();
        mutations.forEach((name, values) -> {
            // If-Match and Idempotency-Key are read before the body: where the operation takes them, the header alone
            // must be refused, so they go with the valid body there.
            boolean declared = operation.params("header").stream().anyMatch(param -> param.name().equals(name));
            byte[] sent = operation.changesState() && declared ? body(base) : body;
            for (String value : values) {
                probes.add(probe(operation, name + ": " + HostileValues.escaped(value), sender,
                        target(operation, base.path(), base.query()), headers(base, Map.of(name, value)), sent));
            }
        });
        if (operation.id().equals("listDistricts")) {
            // Once only: a wrong password is a failed sign-in, and those are counted against the address.
            probes.add(probe(operation, "Authorization: a wrong password", null, target(operation, base.path(), base.query()),
                    headers(base, Map.of("Authorization", "Basic " + base64(NO_SUCH_USER + ":wrong-password"))), null));
        }
        if (operation.signedIn()) {
            for (String authorization : AUTHORIZATION) {
                // Each from an address of its own (the test profile trusts the proxy header): failed sign-ins are
                // counted per address, and those of every operation together would block the fuzzer's own address.
                Map<String, String> headers = headers(base, Map.of("Authorization", authorization, "X-Forwarded-For", someAddress()));
                probes.add(probe(operation, "Authorization: " + HostileValues.escaped(authorization), null,
                        target(operation, base.path(), base.query()), headers, body(base)));
            }
        }
    }

    private void sendToApi(Probe probe) {
        List<String> senders = new ArrayList<>();
        senders.add(probe.user());
        if (probe.user() != null && probe.operation().signedIn() && random.nextInt(ANONYMOUS_ONE_IN) == 0) {
            senders.add(null);
        }
        for (String user : senders) {
            RawHttp request = RawHttp.request(probe.operation().method(), probe.target());
            probe.headers().forEach(request::header);
            if (user != null) {
                request.basic(user, Fixtures.password(user));
            }
            if (probe.body() != null) {
                request.body(probe.body());
            }
            Answer answer = request.send();
            requests++;
            statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
            String who = user == null ? "anonymous" : user;
            String where = probe.operation().id() + " [" + probe.broken() + "] as " + who + " -> " + answer.status();
            if (probe.undecodable()) {
                undecodable++;
                check(answer.status() == 400, where, "an undecodable path is a 400", answer);
                continue;
            }
            checkApiAnswer(probe, answer, where);
        }
    }

    private void checkApiAnswer(Probe probe, Answer answer, String where) {
        if (!check(answer.status() < 500, where, "no 5xx", answer)) {
            return;
        }
        if (answer.status() >= 400) {
            checkProblem(answer, where);
        } else if (probe.operation().changesState() && !allRejected(probe.operation(), answer)) {
            check(false, where, "a broken request to a write is refused", answer);
        }
    }

    private void checkProblem(Answer answer, String where) {
        String type = answer.header("Content-Type");
        if (!check(type != null && type.startsWith(ProblemMapper.PROBLEM_JSON), where, "a problem document", answer)) {
            return;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            check(problem.path("type").isTextual() && problem.path("title").isTextual() && problem.path("status").asInt() == answer.status(),
                    where, "type, title and the same status", answer);
        } catch (IOException e) {
            check(false, where, "a readable problem document", answer);
        }
    }

    /** A batch whose every item was rejected changed nothing, though it answers 200. */
    private static boolean allRejected(Operation operation, Answer answer) {
        if (!operation.id().equals("registerViolationBatch") || answer.status() != 200) {
            return false;
        }
        try {
            JsonNode results = JSON.readTree(answer.body()).path("results");
            for (JsonNode result : results) {
                if (!result.path("outcome").asText().equals("REJECTED")) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- the office ----

    private void fuzzOffice() {
        Map<String, String> sessions = Map.of(auditor, Office.signIn(auditor).session(), clerk, Office.signIn(clerk).session(),
                supervisor, Office.signIn(supervisor).session());
        String violation = bases.get("getViolation").path().get("id");
        String impound = bases.get("getImpound").path().get("id");
        String photo = bases.get("getViolationPhoto").path().get("sha256");
        String receipt = firstReceipt(impound);
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
        pages.put("/office/complaints/" + bases.get("getComplaint").path().get("id"), List.of("done"));
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
            for (String accept : sample(ACCEPT, 3)) {
                sendToOffice("GET", page, session, Map.of("Accept", accept), null, false);
            }
            for (String language : sample(ACCEPT_LANGUAGE, 3)) {
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
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("/office/impounds/" + bases.get("takePayment").path().get("id") + "/payments", pay);
        forms.put("/office/impounds/" + bases.get("grantWaiver").path().get("id") + "/waivers", waive);
        forms.put("/office/impounds/" + bases.get("placeHold").path().get("id") + "/holds", hold);
        Base liftBase = bases.get("liftHold");
        forms.put("/office/impounds/" + liftBase.path().get("id") + "/holds/" + liftBase.path().get("holdId") + "/lift", lift);
        forms.put("/office/impounds/" + release.path().get("id") + "/release", releaseForm);
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
        officeRequests++;
        statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
        String where = "office " + method + " " + HostileValues.escaped(target) + " " + headers + (body == null ? "" : " "
                + HostileValues.escaped(body.length() > 120 ? body.substring(0, 120) : body)) + " -> " + answer.status();
        if (!check(answer.status() < 500, where, "no 5xx", answer)) {
            return;
        }
        String type = answer.header("Content-Type");
        if (answer.status() >= 300 && answer.status() < 400) {
            String location = answer.header("Location");
            check(!write || session == null || location == null || location.contains("/office/login"), where,
                    "a broken form is not carried out", answer);
            return;
        }
        boolean page = type != null && type.startsWith("text/html");
        boolean fileAsked = answer.status() == 200 && (target.contains(".csv") || target.contains("/photos/"));
        check(page || fileAsked, where, "an HTML page", answer);
    }

    // ---- the unbroken requests ----

    /**
     * Each write's unbroken request, sent once, is accepted: so every broken one differed from an accepted request in
     * one place. Publishing a tariff is left out, as a new version would change the fees of every test after this one.
     */
    private void eachUnbrokenRequestIsAccepted(List<Operation> operations) {
        List<String> refused = new ArrayList<>();
        for (Operation operation : operations) {
            if (!operation.changesState() || operation.id().equals("createTariff")) {
                continue;
            }
            Base base = bases.get(operation.id());
            RawHttp request = RawHttp.request(operation.method(), target(operation, base.path(), base.query()));
            headers(base, Map.of()).forEach(request::header);
            request.basic(base.user(), Fixtures.password(base.user())).body(body(base));
            Answer answer = request.send();
            if (answer.status() >= 300 || allRejected(operation, answer)) {
                refused.add(operation.id() + " -> " + answer.status() + " " + answer.text());
            }
        }
        assertThat(refused).as("unbroken requests the service refused").isEmpty();
    }

    // ---- the requests that would be accepted ----

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
                .withJson(Map.of("releasedToName", "Sara Karimi", "releasedToNationalId", "0012345679", "ownershipDocument", "Vehicle card 1")));
        bases.put("verifyAuditChain", new Base(auditor, Map.of()));
        bases.put("summaryReport", new Base(auditor, Map.of()).withQuery(Map.of("from", "2026-01-01", "to", "2026-06-30", "groupBy", "month")));
        bases.put("publicLookup", new Base(null, Map.of()).withQuery(Map.of("plate", encode(plate), "ticket", ticket)));
        accounts(bases);
        complaints(bases);
        return bases;
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

    private String firstReceipt(String impound) {
        return Api.as(clerk).get("/api/v1/impounds/{id}/payments", impound).then().extract().path("[0].receiptNumber");
    }

    // ---- building requests ----

    private Probe withBody(Operation operation, Base base, String broken, byte[] body) {
        return probe(operation, broken, base.user(), target(operation, base.path(), base.query()), headers(base, Map.of()), body);
    }

    private static Probe probe(Operation operation, String broken, String user, String target, Map<String, String> headers,
                               byte[] body) {
        return new Probe(operation, broken, user, target, headers, body, false);
    }

    private static String target(Operation operation, Map<String, String> path, Map<String, String> query) {
        String target = operation.path();
        for (Map.Entry<String, String> param : path.entrySet()) {
            target = target.replace("{" + param.getKey() + "}", param.getValue());
        }
        if (!query.isEmpty()) {
            target += "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        }
        return target;
    }

    private static Map<String, String> headers(Base base, Map<String, String> changed) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (base.contentType() != null) {
            headers.put("Content-Type", base.contentType());
        }
        headers.putAll(base.headers());
        headers.putAll(changed);
        return headers;
    }

    private static Map<String, String> without(Map<String, String> headers, String name) {
        Map<String, String> less = new LinkedHashMap<>(headers);
        less.remove(name);
        return less;
    }

    private static byte[] body(Base base) {
        return base.json() != null ? json(base.json()) : base.bytes();
    }

    /** A body refused whatever the headers say: JSON cut short, or bytes that are no image. */
    private static byte[] refusedBody(Base base) {
        return base.json() != null ? "{\"cut\": ".getBytes(StandardCharsets.UTF_8) : "not an image".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code root} with the field at {@code path} (dots, and [0] for the first item) replaced or removed. */
    private static JsonNode replaced(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    private static JsonNode step(JsonNode node, String step) {
        if (step.endsWith("[0]")) {
            return ((ArrayNode) node.get(step.substring(0, step.length() - 3))).get(0);
        }
        return node.get(step);
    }

    private static JsonNode added(JsonNode root, String name, String value) {
        ObjectNode copy = root.deepCopy();
        copy.put(name, value);
        return copy;
    }

    /** The body with a byte that starts a two-byte UTF-8 sequence and a second byte that cannot continue it. */
    private static byte[] invalidUtf8(JsonNode valid) {
        ObjectNode copy = valid.deepCopy();
        String field = copy.fieldNames().next();
        copy.put(field, "MARK");
        String text = new String(json(copy), StandardCharsets.UTF_8);
        int at = text.indexOf("MARK");
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at + 4).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[before.length + 2 + after.length];
        System.arraycopy(before, 0, body, 0, before.length);
        body[before.length] = (byte) 0xC3;
        body[before.length + 1] = (byte) 0x28;
        System.arraycopy(after, 0, body, before.length + 2, after.length);
        return body;
    }

    /** The body with its first field written twice, with the same value: duplicate keys are refused, not merged. */
    private static byte[] duplicatedField(JsonNode valid) {
        String text = new String(json(valid), StandardCharsets.UTF_8);
        String field = valid.fieldNames().next();
        String first = "\"" + field + "\":" + new String(json(valid.get(field)), StandardCharsets.UTF_8);
        return ("{" + first + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static Map<String, String> formHeaders() {
        return Map.of("Content-Type", "application/x-www-form-urlencoded");
    }

    /** Values as they go into the form: already encoded where the list says so (%00), encoded here otherwise. */
    private static String encodeForm(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue().contains("%") ? e.getValue() : encode(e.getValue())))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> sample(List<String> values, int count) {
        List<String> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private String someAddress() {
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static byte[] png() {
        return Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    }

    // ---- checks and counts ----

    private boolean check(boolean holds, String where, String rule, Answer answer) {
        if (!holds) {
            String body = answer.text();
            failures.add(where + ": expected " + rule + "; got " + answer.header("Content-Type") + " "
                    + HostileValues.escaped(body.length() > 300 ? body.substring(0, 300) : body));
        }
        return holds;
    }

    private long auditLength() {
        Response verdict = Api.as(auditor).get("/api/v1/audit/verify").then().statusCode(200).extract().response();
        assertThat(verdict.<Boolean>path("valid")).isTrue();
        return verdict.<Number>path("length").longValue();
    }

    private String summary(int operations, long before, long after) {
        String byStatus = statuses.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        return "Hostile input: " + operations + " operations, " + requests + " API requests and " + officeRequests
                + " office requests (seed " + SEED + "); statuses " + byStatus + "; " + undecodable
                + " with an undecodable path or query (empty 400 from the transport); " + failures.size()
                + " rule breaks; audit chain " + before + " -> " + after + ".";
    }
}

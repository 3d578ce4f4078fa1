package city.clearway.common;

import city.clearway.common.FuzzRequests.Base;
import city.clearway.common.FuzzRequests.Probe;
import city.clearway.support.Contract;
import city.clearway.support.Contract.Operation;
import city.clearway.support.Contract.Param;
import city.clearway.support.HostileValues;
import city.clearway.support.HostileValues.Hostile;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static city.clearway.common.FuzzRequests.added;
import static city.clearway.common.FuzzRequests.base64;
import static city.clearway.common.FuzzRequests.body;
import static city.clearway.common.FuzzRequests.duplicatedField;
import static city.clearway.common.FuzzRequests.encode;
import static city.clearway.common.FuzzRequests.headers;
import static city.clearway.common.FuzzRequests.invalidUtf8;
import static city.clearway.common.FuzzRequests.json;
import static city.clearway.common.FuzzRequests.probe;
import static city.clearway.common.FuzzRequests.refusedBody;
import static city.clearway.common.FuzzRequests.replaced;
import static city.clearway.common.FuzzRequests.target;
import static city.clearway.common.FuzzRequests.without;
import static city.clearway.common.FuzzValues.ACCEPT;
import static city.clearway.common.FuzzValues.ACCEPT_LANGUAGE;
import static city.clearway.common.FuzzValues.AUTHORIZATION;
import static city.clearway.common.FuzzValues.BAD_PATH_SEGMENTS;
import static city.clearway.common.FuzzValues.BAD_QUERY_TEXT;
import static city.clearway.common.FuzzValues.CONTENT_TYPE_ON_READS;
import static city.clearway.common.FuzzValues.IDEMPOTENCY_KEY;
import static city.clearway.common.FuzzValues.IF_MATCH;
import static city.clearway.common.FuzzValues.MALFORMED_JSON;
import static city.clearway.common.FuzzValues.NO_SUCH_USER;
import static city.clearway.common.FuzzValues.ORIGIN;
import static city.clearway.common.FuzzValues.UNDECODABLE_SEGMENTS;
import static city.clearway.common.FuzzValues.WRONG_JSON_TYPES;

/**
 * For each operation, its accepted request broken in one place at a time: each body field given every value its schema
 * forbids, the body malformed, the wrong media type, path and query parameters that cannot be read, absurd headers.
 */
final class ApiProbes {

    private final Map<String, Base> bases;
    private final FuzzTally tally;
    private final String refusedSender;

    /**
     * {@code refusedSender} sends the header mutations of a write with no body to break (disabling a user, revoking a
     * key): one it is refused to, so that the headers are read and answered while nothing changes.
     */
    ApiProbes(Map<String, Base> bases, FuzzTally tally, String refusedSender) {
        this.bases = bases;
        this.tally = tally;
        this.refusedSender = refusedSender;
    }

    List<Probe> probes(Operation operation) {
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
        bodies.put("a PNG cut short", Arrays.copyOf(base.bytes(), 12));
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
                    values.add(schema.getMaximum().add(BigDecimal.ONE).toPlainString());
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
        mutations.put("Accept", tally.sample(ACCEPT, 4));
        mutations.put("Accept-Language", tally.sample(ACCEPT_LANGUAGE, 4));
        mutations.put("Origin", tally.sample(ORIGIN, 2));
        if (!operation.changesState()) {
            mutations.put("Content-Type", tally.sample(CONTENT_TYPE_ON_READS, 2));
        }
        mutations.put("If-Match", operation.params("header").stream().anyMatch(p -> p.name().equals("If-Match")) ? IF_MATCH : tally.sample(IF_MATCH, 2));
        mutations.put("Idempotency-Key", operation.params("header").stream().anyMatch(p -> p.name().equals("Idempotency-Key"))
                ? IDEMPOTENCY_KEY : tally.sample(IDEMPOTENCY_KEY, 2));
        String sender = operation.changesState() && base.json() == null && base.bytes() == null ? refusedSender : base.user();
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

    private String someAddress() {
        return "10." + tally.random.nextInt(256) + "." + tally.random.nextInt(256) + "." + (1 + tally.random.nextInt(254));
    }

    private Probe withBody(Operation operation, Base base, String broken, byte[] body) {
        return probe(operation, broken, base.user(), target(operation, base.path(), base.query()), headers(base, Map.of()), body);
    }
}

package city.clearway.common;

import city.clearway.support.Contract.Operation;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How the fuzzer writes requests: the accepted request it starts from, the broken one it sends, and their parts. */
final class FuzzRequests {

    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** A request that would be accepted: who sends it, its path parameters, query, headers and body. */
    record Base(String user, Map<String, String> path, Map<String, String> query, Map<String, String> headers,
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
    record Probe(Operation operation, String broken, String user, String target, Map<String, String> headers, byte[] body,
                 boolean undecodable) {
    }

    private FuzzRequests() {
    }

    static Probe probe(Operation operation, String broken, String user, String target, Map<String, String> headers,
                       byte[] body) {
        return new Probe(operation, broken, user, target, headers, body, false);
    }

    static String target(Operation operation, Map<String, String> path, Map<String, String> query) {
        String target = operation.path();
        for (Map.Entry<String, String> param : path.entrySet()) {
            target = target.replace("{" + param.getKey() + "}", param.getValue());
        }
        if (!query.isEmpty()) {
            target += "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        }
        return target;
    }

    static Map<String, String> headers(Base base, Map<String, String> changed) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (base.contentType() != null) {
            headers.put("Content-Type", base.contentType());
        }
        headers.putAll(base.headers());
        headers.putAll(changed);
        return headers;
    }

    static Map<String, String> without(Map<String, String> headers, String name) {
        Map<String, String> less = new LinkedHashMap<>(headers);
        less.remove(name);
        return less;
    }

    static byte[] body(Base base) {
        return base.json() != null ? json(base.json()) : base.bytes();
    }

    /** A body refused whatever the headers say: JSON cut short, or bytes that are no image. */
    static byte[] refusedBody(Base base) {
        return base.json() != null ? "{\"cut\": ".getBytes(StandardCharsets.UTF_8) : "not an image".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code root} with the field at {@code path} (dots, and [0] for the first item) replaced or removed. */
    static JsonNode replaced(JsonNode root, String path, JsonNode value) {
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

    static JsonNode step(JsonNode node, String step) {
        if (step.endsWith("[0]")) {
            return ((ArrayNode) node.get(step.substring(0, step.length() - 3))).get(0);
        }
        return node.get(step);
    }

    static JsonNode added(JsonNode root, String name, String value) {
        ObjectNode copy = root.deepCopy();
        copy.put(name, value);
        return copy;
    }

    /** The body with a byte that starts a two-byte UTF-8 sequence and a second byte that cannot continue it. */
    static byte[] invalidUtf8(JsonNode valid) {
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
    static byte[] duplicatedField(JsonNode valid) {
        String text = new String(json(valid), StandardCharsets.UTF_8);
        String field = valid.fieldNames().next();
        String first = "\"" + field + "\":" + new String(json(valid.get(field)), StandardCharsets.UTF_8);
        return ("{" + first + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    static Map<String, String> formHeaders() {
        return Map.of("Content-Type", "application/x-www-form-urlencoded");
    }

    /** Values as they go into the form: already encoded where the list says so (%00), encoded here otherwise. */
    static String encodeForm(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue().contains("%") ? e.getValue() : encode(e.getValue())))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] png() {
        return Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    }
}

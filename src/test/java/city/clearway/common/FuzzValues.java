package city.clearway.common;

import java.util.List;

import static city.clearway.common.FuzzRequests.base64;

/** The hostile values the fuzzer sends in headers, bodies, paths and queries: each one a value some client might send. */
final class FuzzValues {

    static final String NO_SUCH_USER = "fuzz-nobody";

    static final List<String> ACCEPT = List.of("text/html", "application/xml", ";;;", "*/*;q=abc", "application/json;q=2",
            "\u200f", "x/" + "y".repeat(2000), "image/png", "application/problem+json;q=0", "text/*;level=");
    static final List<String> ACCEPT_LANGUAGE = List.of("fa;q=abc", "en;q=2", "*;q=", ";;;", "-", "zz-ZZ-" + "x".repeat(500),
            "fa-IR;q=0.5, *;q=0.1", ",,,", "\u200ffa");
    static final List<String> CONTENT_TYPE_ON_READS = List.of("application/json;;;", "garbage/", "=;=", "multipart/form-data");
    static final List<String> ORIGIN = List.of("http://[::1", "ht tp://x", "null", "http://evil.example", "://", "http://%zz");
    static final List<String> IF_MATCH = List.of("*", "\"abc\"", "W/\"1\"", ",,,", "\"-1\"", "\"99999999999999999999\"",
            "x".repeat(3000), "\"1\" \"2\"");
    static final List<String> IDEMPOTENCY_KEY = List.of("", "   ", "k".repeat(256), "has space", "ünicode", "tab\there");
    static final List<String> AUTHORIZATION = List.of("Basic !!!", "Basic " + base64("no-colon"), "Bearer abc.def.ghi", "Basic",
            "Digest username=\"admin\"", "Basic " + base64("admin"), "basic " + "A".repeat(3000), "Basic " + base64(":"),
            "Basic " + base64("ad\u0000min:x"));
    static final List<String> WRONG_JSON_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "garbage", "application/", "image/png", "application/json-patch+json");
    static final List<String> MALFORMED_JSON = List.of("", "{", "}", "[", "[1,2", "{\"a\":}", "nul", "{} {}", "{'a':1}",
            "{\"a\":NaN}", "\"just a string\"", "123", "[]", "null", "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":" + "1".repeat(2000) + "}", "\u0000");
    static final List<String> BAD_PATH_SEGMENTS = List.of("not-a-uuid", "0", "-1", "99999999999999999999", "x".repeat(300),
            "%00", "%0A", "%0D%0Aforged", "%2F", "..%2F..", "%E2%80%AE", "%C0%AF", "%F0%9F%9A%97", "'", "%7Bid%7D", "%20", "%FF");
    /** Escapes that cannot be decoded, in a path or a query: the router refuses them with an empty 400 before any handler runs. */
    static final List<String> UNDECODABLE_SEGMENTS = List.of("%ZZ", "%");
    static final List<String> BAD_QUERY_TEXT = List.of("%00", "%F0%9F%9A%97", "x".repeat(3000), "%E2%80%AE", "'%22%3Cscript%3E",
            "%0D%0Aforged", "%FF");


    private FuzzValues() {
    }
}

package city.clearway.common;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code If-Match} a client sent, checked against the version it names. Clearway's ETags are strong and
 * carry the version ({@code "3"}); {@code *} is not accepted where a precise version is required.
 */
public final class IfMatch {

    private final List<String> tags;

    private IfMatch(List<String> tags) {
        this.tags = tags;
    }

    /** A {@code 428} when the header is missing, empty or {@code *}. */
    public static IfMatch required(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            throw ProblemException.of(ProblemType.IF_MATCH_REQUIRED);
        }
        return new IfMatch(Arrays.stream(header.split(",")).map(String::strip).toList());
    }

    /** A {@code 412} unless one of the tags names this version. */
    public void check(long version) {
        String current = etag(version);
        if (tags.stream().noneMatch(tag -> tag.equals(current))) {
            throw ProblemException.of(ProblemType.STALE_VERSION);
        }
    }

    /** The ETag of a version, quoted as HTTP wants it. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}

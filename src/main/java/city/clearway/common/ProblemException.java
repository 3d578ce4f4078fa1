package city.clearway.common;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one exception the features throw for anything a client caused. Its message key and arguments are
 * resolved in the caller's language when the problem document is written.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] args;
    private final List<FieldProblem> fields;
    private final Duration retryAfter;
    private final transient Map<String, Object> members;

    private ProblemException(ProblemType type, String detailKey, Object[] args, List<FieldProblem> fields, Duration retryAfter,
                             Map<String, Object> members) {
        super(type.slug() + ": " + detailKey);
        this.type = type;
        this.detailKey = detailKey;
        this.args = args;
        this.fields = List.copyOf(fields);
        this.retryAfter = retryAfter;
        this.members = Map.copyOf(members);
    }

    private ProblemException(ProblemType type, String detailKey, Object[] args, List<FieldProblem> fields, Duration retryAfter) {
        this(type, detailKey, args, fields, retryAfter, Map.of());
    }

    private ProblemException(ProblemType type, String detailKey, Object[] args, List<FieldProblem> fields) {
        this(type, detailKey, args, fields, null);
    }

    /** The same problem with an extension member (RFC 9457 §3.2) that the contract documents for this type. */
    public ProblemException with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(members);
        more.put(member, value);
        return new ProblemException(type, detailKey, args, fields, retryAfter, more);
    }

    /** A problem whose detail is the type's own message, filled with {@code args}. */
    public static ProblemException of(ProblemType type, Object... args) {
        return new ProblemException(type, type.slug(), args, List.of());
    }

    /** A problem with a detail message of its own ({@code problem.detail.<detailKey>}). */
    public static ProblemException withDetail(ProblemType type, String detailKey, Object... args) {
        return new ProblemException(type, detailKey, args, List.of());
    }

    /** A {@code 404}; {@code what} names the kind of thing ({@code violation}, {@code impound}...) for the message. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "not-found." + what, new Object[] {String.valueOf(id)}, List.of());
    }

    /** A {@code 422}: one field breaks a rule. */
    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldProblem(field, messageKey, args)));
    }

    /** A {@code 422}: these fields break rules. */
    public static ProblemException invalid(List<FieldProblem> fields) {
        return new ProblemException(ProblemType.VALIDATION, ProblemType.VALIDATION.slug(), new Object[0], fields);
    }

    /** A {@code 400}: a query parameter cannot be read. */
    public static ProblemException badParameter(String parameter, String messageKey, Object... args) {
        return badParameters(List.of(new FieldProblem(parameter, messageKey, args)));
    }

    /** A {@code 400}: these query parameters cannot be read. */
    public static ProblemException badParameters(List<FieldProblem> parameters) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, ProblemType.INVALID_PARAMETER.slug(), new Object[0], parameters);
    }

    /** A {@code 429}: asked too often; try again once {@code until} has passed (told in whole seconds, at least one). */
    public static ProblemException tooManyRequests(String detailKey, Instant until, Instant now) {
        long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detailKey, new Object[] {seconds}, List.of(),
                Duration.ofSeconds(seconds));
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** The extension members, by name; empty for most problems. */
    public Map<String, Object> members() {
        return members;
    }

    /** How long the client should wait before asking again, for a {@code 429}; otherwise empty. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** A failing field with the key of its message in {@code messages/texts*.properties} ({@code field.<key>}). */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }
}

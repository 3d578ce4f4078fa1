package city.clearway.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Refusals made before JAX-RS sees a request, answered with a problem document like every other refusal: a body over
 * {@code quarkus.http.limits.max-body-size} ({@code 413}), an address too long ({@code 414}), headers too large
 * ({@code 431}), and whatever else the application's router refuses with a status alone.
 *
 * <p>Quarkus and Vert.x answer these with an empty body. The body limit is checked here first, with the same setting,
 * just before Quarkus' own check. A body sent in chunks, whose size is not declared, is read here up to the limit
 * (JAX-RS then reads the same bytes from memory), since the reader JAX-RS uses would end the answer empty itself.
 *
 * <p>The address and header limits are Clearway's own, below the transport's ({@code
 * quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, set higher in {@code
 * application.properties}). Vert.x refuses a request over the transport's limits before any handler of the
 * application sees it (Quarkus sets no {@code HttpServer.invalidRequestHandler}), so only past those is the answer
 * still empty.
 */
@ApplicationScoped
public class EarlyRefusals {

    /** The longest request target (path and query) answered; the transport reads up to 64 KiB. */
    static final int MAX_URI_LENGTH = 4096;
    /** The most header bytes answered, every name and value counted; the transport reads up to 64 KiB. */
    static final int MAX_HEADER_BYTES = 20 * 1024;
    private static final Map<Integer, ProblemType> ROUTER_REFUSALS = Map.of(
            400, ProblemType.MALFORMED_REQUEST,
            404, ProblemType.NOT_FOUND,
            405, ProblemType.METHOD_NOT_ALLOWED,
            413, ProblemType.PAYLOAD_TOO_LARGE,
            414, ProblemType.URI_TOO_LONG,
            415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            431, ProblemType.HEADERS_TOO_LARGE);

    private final Messages messages;
    private final Problems problems;
    private final ObjectMapper json;
    private final long maxBodySize;
    private final BodyHandler undeclaredBodies;

    EarlyRefusals(Messages messages, Problems problems, ObjectMapper json,
                  @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.messages = messages;
        this.problems = problems;
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
        // Parts of a multipart body (a complaint's photos) are kept as files for the request, as Quarkus keeps them.
        this.undeclaredBodies = BodyHandler.create(true).setBodyLimit(this.maxBodySize)
                .setUploadsDirectory(Path.of(System.getProperty("java.io.tmpdir"), "clearway-uploads").toString())
                .setDeleteUploadedFilesOnEnd(true);
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkLimits);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::explainFailure);
    }

    private void checkLimits(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            refuse(context, problem(ProblemType.URI_TOO_LONG));
        } else if (headerBytes(request) > MAX_HEADER_BYTES) {
            refuse(context, problem(ProblemType.HEADERS_TOO_LARGE));
        } else if (declaredBodySize(request) > maxBodySize) {
            refuse(context, ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE));
        } else if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            undeclaredBodies.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * A refusal the router made: a body over the limit (413), a path or method nothing serves. Failures of other
     * statuses (a 500, or a 401 and its challenge) are left to Quarkus.
     */
    private void explainFailure(RoutingContext context) {
        ProblemType type = ROUTER_REFUSALS.get(context.statusCode());
        if (type == null || context.response().headWritten()) {
            context.next();
        } else {
            refuse(context, problem(type));
        }
    }

    private static ProblemException problem(ProblemType type) {
        return switch (type) {
            case URI_TOO_LONG -> ProblemException.of(type, MAX_URI_LENGTH);
            case HEADERS_TOO_LARGE -> ProblemException.of(type, MAX_HEADER_BYTES);
            default -> ProblemException.of(type);
        };
    }

    private void refuse(RoutingContext context, ProblemException problem) {
        Locale locale = messages.choose(context.request().headers().getAll(HttpHeaders.ACCEPT_LANGUAGE));
        String body;
        try {
            body = json.writeValueAsString(problems.document(problem, locale, context.request().path()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem documents are plain records", e);
        }
        HttpServerResponse response = context.response()
                .setStatusCode(problem.type().status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        boolean tooLarge = problem.type() == ProblemType.PAYLOAD_TOO_LARGE;
        if (tooLarge) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        HttpServerRequest request = context.request();
        response.end(body).onComplete(written -> {
            // The rest of a body too large is never read: its connection is closed once the answer is written, not
            // drained while the sender goes on (the header alone left a busy server reading a chunked body to its end).
            // Closing an HTTP/2 connection would end its other streams.
            if (tooLarge && request.version() != HttpVersion.HTTP_2) {
                request.connection().close();
            }
        });
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** The Content-Length sent, or 0 when there is none or it cannot be read (the transport refuses those). */
    private static long declaredBodySize(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package city.clearway.common;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Accept} and {@code Content-Type} as JAX-RS can read them. JAX-RS fails with a 500 on some media types it
 * cannot parse ({@code garbage/} as a Content-Type, {@code text/*;level=} in Accept), so before it sees a request:
 * the ranges of {@code Accept} that cannot be read are left out, as a server may ignore what it cannot read (none left
 * means anything is accepted); and a {@code Content-Type} that cannot be read says nothing about the body, which is
 * then of unknown type ({@code application/octet-stream}, RFC 9110 §8.3) and refused with a 415 wherever a body of a
 * known type is required.
 */
@ApplicationScoped
public class MediaTypeHeaders {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"";
    private static final String PARAMETERS = "(?:[ \\t]*;[ \\t]*" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))*";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN + PARAMETERS + "[ \\t]*");
    private static final Pattern QUALITY = Pattern.compile(".*;[ \\t]*[qQ]=([^;]*)");
    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");
    private static final String UNKNOWN = "application/octet-stream";

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::readable);
    }

    private void readable(RoutingContext context) {
        MultiMap headers = context.request().headers();
        List<String> accept = headers.getAll(HttpHeaders.ACCEPT);
        if (!accept.isEmpty()) {
            List<String> readable = readableRanges(accept);
            headers.remove(HttpHeaders.ACCEPT);
            if (!readable.isEmpty()) {
                headers.set(HttpHeaders.ACCEPT, String.join(", ", readable));
            }
        }
        List<String> contentType = headers.getAll(HttpHeaders.CONTENT_TYPE);
        if (!contentType.isEmpty() && (contentType.size() > 1 || !MEDIA_TYPE.matcher(contentType.get(0).strip()).matches())) {
            headers.set(HttpHeaders.CONTENT_TYPE, UNKNOWN);
        }
        context.next();
    }

    static List<String> readableRanges(List<String> accept) {
        List<String> readable = new ArrayList<>();
        for (String header : accept) {
            for (String range : header.split(",", -1)) {
                String candidate = range.strip();
                if (MEDIA_TYPE.matcher(candidate).matches() && readableQuality(candidate)) {
                    readable.add(candidate);
                }
            }
        }
        return readable;
    }

    private static boolean readableQuality(String range) {
        var quality = QUALITY.matcher(range);
        return !quality.matches() || QVALUE.matcher(quality.group(1).strip()).matches();
    }
}

package city.clearway.monitoring;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the {@code uri} tag of {@code http_server_requests_seconds} to the service's routes. A request refused before
 * any route took it (a 401 on an address nothing serves, a 413, 414 or 431, a method nothing accepts) would be tagged
 * with its own path, so that anyone could add a series per address they try until the registry's cap, after which a
 * real route might get none. Those are all tagged {@code /{unrouted}}; a 404 is tagged {@code NOT_FOUND} already.
 */
@ApplicationScoped
class UnroutedRequests {

    /** Where Quarkus' HTTP metrics look for the route of a request (Quarkus REST sets it when it routes one). */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";
    static final String UNROUTED = "/{unrouted}";

    void install(@Observes Router router) {
        // Before the early refusals (common/EarlyRefusals) and before sign-in, so that their answers are tagged too.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::tagIfUnrouted);
    }

    private void tagIfUnrouted(RoutingContext context) {
        if (context.request() instanceof HttpServerRequestInternal request) {
            context.addHeadersEndHandler(ignored -> {
                if (request.context().getLocal(ROUTE_TEMPLATE) == null) {
                    request.context().putLocal(ROUTE_TEMPLATE, UNROUTED);
                }
            });
        }
        context.next();
    }
}

package city.clearway.web;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;

/**
 * The office pages sign in with a cookie, so a form on another site must not be able to post to them. The session
 * cookie is {@code SameSite=Strict}; on top of that, a POST to the office whose {@code Origin} (or, failing that,
 * {@code Referer}) names another host is refused.
 */
@Provider
public class SameOriginGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/office")) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            origin = request.getHeaderString("Referer");
        }
        if (origin == null || origin.equals("null")) {
            return;
        }
        URI from = URI.create(origin);
        URI self = request.getUriInfo().getBaseUri();
        boolean sameHost = self.getHost() != null && self.getHost().equalsIgnoreCase(from.getHost()) && port(self) == port(from);
        if (!sameHost) {
            throw ProblemException.withDetail(ProblemType.FORBIDDEN, "cross-site-form");
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}

package city.clearway.web;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.security.OfficeSessions;
import jakarta.ws.rs.HttpMethod;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every form the office pages send carries the session's form token ({@link OfficeSessions#formToken(java.util.Map)}),
 * the built-in session's or in OIDC mode the code flow's; a POST to the office without it, or with another one, is
 * refused whatever its {@code Origin} says, so another site cannot make a signed-in browser act. The sign-in form has
 * a token of its own (see {@link OfficeResource}). A POST whose {@code Origin} names another site, {@code null} or
 * nothing readable is refused too, token or not: a browser sends its own site's origin with the office's forms.
 *
 * <p>Quarkus' {@code quarkus-rest-csrf} checks every form POST of the whole application, which would refuse the
 * Open311 reports civic apps post as forms; this guard covers the office only.
 */
public class OfficeFormGuard {

    static final String FIELD = "csrf";
    private static final String SIGN_IN = "/office/login";

    @ServerRequestFilter
    @WithFormRead
    public void requireFormToken(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!HttpMethod.POST.equals(request.getMethod()) || !(path.equals("/office") || path.startsWith("/office/"))) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameSite(origin, request.getUriInfo().getBaseUri())) {
            throw ProblemException.withDetail(ProblemType.FORBIDDEN, "cross-site-form");
        }
        if (path.equals(SIGN_IN)) {
            return;
        }
        String expected = OfficeSessions.formToken(request.getCookies());
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false);
        if (expected == null || !(sent instanceof String token)
                || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.withDetail(ProblemType.FORBIDDEN, "form-token");
        }
    }

    /**
     * The origin names the host the request was sent to. Behind a proxy that ends TLS the service sees {@code http}
     * where the browser saw {@code https}, so the scheme is not compared, and a port only where the service is reached
     * on one of its own.
     */
    static boolean sameSite(String origin, URI self) {
        URI parsed;
        try {
            parsed = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = parsed.getScheme();
        if (parsed.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || parsed.getRawPath() != null && !parsed.getRawPath().isEmpty()) {
            return false;
        }
        if (!parsed.getHost().equalsIgnoreCase(self.getHost())) {
            return false;
        }
        int port = self.getPort();
        return port == -1 || port == 80 || port == 443 || parsed.getPort() == port;
    }
}

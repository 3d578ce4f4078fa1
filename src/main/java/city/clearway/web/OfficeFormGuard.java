package city.clearway.web;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.security.OfficeSessions;
import jakarta.ws.rs.HttpMethod;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every form the office pages send carries the session's form token ({@link OfficeSessions#formToken(java.util.Map)}),
 * the built-in session's or in OIDC mode the code flow's; a POST to the office without it, or with another one, is
 * refused whatever its {@code Origin} says, so another site cannot make a signed-in browser act. The sign-in form has a token of its own (see {@link OfficeResource}).
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
        if (!HttpMethod.POST.equals(request.getMethod()) || !(path.equals("/office") || path.startsWith("/office/"))
                || path.equals(SIGN_IN)) {
            return;
        }
        String expected = OfficeSessions.formToken(request.getCookies());
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false);
        if (expected == null || !(sent instanceof String token)
                || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.withDetail(ProblemType.FORBIDDEN, "form-token");
        }
    }
}

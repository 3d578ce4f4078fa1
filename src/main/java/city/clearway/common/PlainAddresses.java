package city.clearway.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * A path or a query parameter is {@link PlainText} too, like every string of a body: one that decodes to a NUL or
 * another control character names nothing (a {@code 404}, or a {@code 400} naming the parameter) and never reaches a
 * query, where PostgreSQL would fail on it.
 */
public class PlainAddresses {

    @ServerRequestFilter(preMatching = true)
    public void plainText(ContainerRequestContext request) {
        if (!PlainText.is(request.getUriInfo().getPath())) {
            throw ProblemException.withDetail(ProblemType.NOT_FOUND, "no-such-path",
                    LogSafe.text(request.getUriInfo().getPath()));
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = LogSafe.text(parameter.getKey());
            if (!name.equals(parameter.getKey()) || !parameter.getValue().stream().allMatch(PlainText::is)) {
                throw ProblemException.badParameter(name, "plain-text");
            }
        }
    }
}

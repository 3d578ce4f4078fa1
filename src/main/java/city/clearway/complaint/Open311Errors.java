package city.clearway.complaint;

import city.clearway.common.Messages;
import city.clearway.common.Problem;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemPage;
import city.clearway.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refusals on the Open311 paths as GeoReport v2 writes them: an {@code errors} list of {@code code} and
 * {@code description}, in the format the path asked for. The HTTP status is the specification's: {@code 403} for a
 * missing or wrong {@code api_key}, {@code 404} for what does not exist, {@code 400} for anything else a client sent
 * wrong ({@code 413} for a body too large to read, and {@code 500} when the fault is ours).
 */
@ApplicationScoped
public class Open311Errors implements ProblemPage {

    static final String PATH = "/open311/";

    private final Problems problems;
    private final Messages messages;

    Open311Errors(Problems problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    public Optional<Response> render(ProblemException e, HttpHeaders headers, UriInfo uri) {
        String path = uri.getPath();
        if (!path.startsWith(PATH)) {
            return Optional.empty();
        }
        int status = switch (e.type().status()) {
            case 403, 404, 413, 500 -> e.type().status();
            default -> 400;
        };
        Locale locale = messages.choose(headers);
        Problem problem = problems.document(e, locale, path);
        List<String> descriptions = new ArrayList<>();
        if (problem.errors() == null) {
            descriptions.add(problem.detail());
        } else {
            problem.errors().forEach(field -> descriptions.add(field.field() + ": " + field.message()));
        }
        return Optional.of(Open311Format.ofPath(path).respond(status, Open311Views.errors(status, descriptions)));
    }
}

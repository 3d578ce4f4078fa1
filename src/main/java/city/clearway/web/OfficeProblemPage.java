package city.clearway.web;

import city.clearway.common.Problem;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemPage;
import city.clearway.common.ProblemType;
import city.clearway.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Optional;

/** A refusal on an office page, shown as a readable page in the reader's language: never a problem document. */
@ApplicationScoped
public class OfficeProblemPage implements ProblemPage {

    private final OfficeViews views;
    private final Problems problems;

    OfficeProblemPage(OfficeViews views, Problems problems) {
        this.views = views;
        this.problems = problems;
    }

    @Override
    public Optional<Response> render(ProblemException e, HttpHeaders headers, UriInfo uri) {
        if (!uri.getPath().startsWith("/office") || e.type() == ProblemType.UNAUTHENTICATED) {
            return Optional.empty();
        }
        // Who is signed in is known here even for a path no resource serves (see ProblemMapper#knowingTheReader).
        OfficeView view = views.of(headers);
        Problem problem = problems.document(e, view.locale(), uri.getPath());
        String html = view.page(OfficeTemplates.problem(view, problem, views.explain(e, view))).render();
        return Optional.of(Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build());
    }
}

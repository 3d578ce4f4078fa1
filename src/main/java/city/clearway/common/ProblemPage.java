package city.clearway.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Optional;

/**
 * A way to show a problem to a person in a browser rather than as a document for a program; the office pages
 * provide one, so that no reader ever meets a raw problem document.
 */
public interface ProblemPage {

    /** The page for this problem, or empty when the request is not one a person reads in a browser. */
    Optional<Response> render(ProblemException problem, HttpHeaders headers, UriInfo uri);
}

package city.clearway.common;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns every failure into an {@code application/problem+json} answer in the caller's language.
 * Nothing else writes error responses, and no stack trace ever leaves the server.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final Messages messages;
    private final Problems problems;
    private final HttpAuthenticator authenticator;
    private final CurrentVertxRequest currentRequest;
    private final Instance<ProblemPage> pages;
    private final CurrentIdentityAssociation identities;

    ProblemMapper(Messages messages, Problems problems, HttpAuthenticator authenticator, CurrentVertxRequest currentRequest,
                  Instance<ProblemPage> pages, CurrentIdentityAssociation identities) {
        this.pages = pages;
        this.identities = identities;
        this.messages = messages;
        this.problems = problems;
        this.authenticator = authenticator;
        this.currentRequest = currentRequest;
    }

    /** Thrown by a resource, or by a filter before routing, on the event loop (see {@link #knowingTheReader}). */
    @ServerExceptionMapper
    public Uni<Response> problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return knowingTheReader(() -> respond(e, headers, uri));
    }

    /** Bean Validation on a request body: each failing field with its JSON path. */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return respond(Problems.invalid(e.getConstraintViolations()), headers, uri);
    }

    /** A field Jackson could not read (unknown, mistyped); mapped here because Quarkus has its own mapper for it. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return respond(Problems.unreadable(e), headers, uri);
    }

    /** A body Jackson could not read. */
    @ServerExceptionMapper
    public Response unreadableJson(JacksonException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return respond(Problems.unreadable(mapping), headers, uri);
        }
        return respond(ProblemException.withDetail(ProblemType.MALFORMED_REQUEST, "malformed-json", e.getOriginalMessage()), headers, uri);
    }

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return challenge(headers, uri);
    }

    /** A failed sign-in; one refused because of too many failures before it is told so, with when to try again. */
    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return Uni.createFrom().item(respond(problem, headers, uri));
            }
        }
        return challenge(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemException.of(ProblemType.FORBIDDEN), headers, uri);
    }

    /**
     * What JAX-RS itself refuses: unknown paths or ids that cannot be parsed (404), 405, 406, 415. It refuses most of
     * them while routing, on the event loop (see {@link #knowingTheReader}).
     */
    @ServerExceptionMapper
    public Uni<Response> webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        return knowingTheReader(() -> refusedByJaxRs(e, headers, uri));
    }

    private Response refusedByJaxRs(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        if (type == null) {
            return unexpectedFailure(e, headers, uri);
        }
        if (type == ProblemType.NOT_FOUND) {
            return respond(ProblemException.withDetail(type, "no-such-path", uri.getPath()), headers, uri);
        }
        return respond(ProblemException.of(type), headers, uri);
    }

    /** Anything else: look for a cause we know (a lost race in the database), otherwise a 500 without details. */
    @ServerExceptionMapper
    public Uni<Response> unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        return knowingTheReader(() -> unexpectedFailure(e, headers, uri));
    }

    private Response unexpectedFailure(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (UniqueViolation.causedIt(e)) {
            return respond(ProblemException.of(ProblemType.CONCURRENT_UPDATE), headers, uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return respond(problem, headers, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof LockAcquisitionException) {
                return respond(ProblemException.of(ProblemType.CONCURRENT_UPDATE), headers, uri);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(LogSafe.throwable(e), "Incident %s on %s", incident, LogSafe.text(uri.getPath()));
        return respond(ProblemException.withDetail(ProblemType.INTERNAL, "internal", incident), headers, uri);
    }

    /**
     * A page for a person names who is signed in. On the event loop, where a request JAX-RS could not route is refused,
     * the identity (signed in lazily) cannot be asked for without blocking; so, as Quarkus' own security checks do, it
     * is resolved without blocking first and kept for the request, and then the answer is made.
     */
    private Uni<Response> knowingTheReader(Supplier<Response> answer) {
        if (BlockingOperationControl.isBlockingAllowed()) {
            return Uni.createFrom().item(answer);
        }
        return identities.getDeferredIdentity()
                .invoke(identities::setIdentity)
                .map(identity -> answer.get())
                // Credentials that fail to sign in (or a sign-in refused for now) leave the page without a name: the
                // refusal being answered may be that very failure.
                .onFailure().recoverWithItem(answer);
    }

    private Uni<Response> challenge(HttpHeaders headers, UriInfo uri) {
        return authenticator.getChallenge(currentRequest.getCurrent()).map(challenge -> {
            if (challenge != null && challenge.status != 401) {
                // Form login answers with a redirect to the login page.
                Response.ResponseBuilder redirect = Response.status(challenge.status);
                challenge.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
                return redirect.build();
            }
            Response problem = respond(ProblemException.of(ProblemType.UNAUTHENTICATED), headers, uri);
            return withChallengeHeader(problem, challenge);
        });
    }

    /**
     * The mechanism's own challenge when it gave one. A request that brought no credentials at all has no mechanism
     * chosen for it yet; the API's scheme is HTTP Basic (see the contract), so that is what it is told to use.
     */
    private static Response withChallengeHeader(Response problem, ChallengeData challenge) {
        Response.ResponseBuilder response = Response.fromResponse(problem);
        if (challenge == null || challenge.getHeaders().isEmpty()) {
            return response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Clearway\", charset=\"UTF-8\"").build();
        }
        challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
        return response.build();
    }

    private Response respond(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Response answer = pageOrDocument(e, headers, uri);
        if (e.retryAfter().isEmpty()) {
            return answer;
        }
        return Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, e.retryAfter().get().toSeconds()).build();
    }

    private Response pageOrDocument(ProblemException e, HttpHeaders headers, UriInfo uri) {
        for (ProblemPage page : pages) {
            Optional<Response> shown = page.render(e, headers, uri);
            if (shown.isPresent()) {
                return shown.get();
            }
        }
        Locale locale = messages.choose(headers);
        Response.ResponseBuilder response = Response.status(e.type().status())
                .type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(problems.document(e, locale, uri.getPath()));
        if (e.type() == ProblemType.PAYLOAD_TOO_LARGE) {
            // The rest of the body is never read: close the connection rather than drain it.
            response.header("Connection", "close");
        }
        return response.build();
    }
}

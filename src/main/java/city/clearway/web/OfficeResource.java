package city.clearway.web;

import city.clearway.common.ClearwayConfig;
import city.clearway.common.ClientAddress;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import city.clearway.security.Account;
import city.clearway.security.Caller;
import city.clearway.security.OfficeSessionMechanism;
import city.clearway.security.OfficeSessions;
import city.clearway.security.PasswordSignIn;
import city.clearway.security.UserService;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.net.URISyntaxException;
import java.util.Locale;

/** The way in and out of the office pages: sign in, sign out, the start page, the language switch. */
@Path("/office")
@Produces(MediaType.TEXT_HTML)
public class OfficeResource {

    /**
     * The sign-in form has no session to draw a token from yet: it carries a random one that must equal the one in
     * this cookie, which another site can neither read nor set.
     */
    static final String SIGN_IN_COOKIE = "clearway-sign-in";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_PAGE = "/office/password";

    private final OfficeViews views;
    private final OfficeLanguage language;
    private final PasswordSignIn signIn;
    private final OfficeSessions sessions;
    private final UserService users;
    private final Caller caller;
    private final ClearwayConfig config;

    OfficeResource(OfficeViews views, OfficeLanguage language, PasswordSignIn signIn, OfficeSessions sessions, UserService users,
                   Caller caller, ClearwayConfig config) {
        this.views = views;
        this.language = language;
        this.signIn = signIn;
        this.sessions = sessions;
        this.users = users;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Authenticated
    public Response home(@Context HttpHeaders headers) {
        if (caller.passwordChangeRequired()) {
            return Response.seeOther(URI.create(PASSWORD_PAGE)).build();
        }
        OfficeView view = views.of(headers);
        return Response.ok(view.page(OfficeTemplates.home(view))).build();
    }

    @GET
    @Path("password")
    @Authenticated
    public TemplateInstance passwordPage(@QueryParam("done") String done, @Context HttpHeaders headers) {
        OfficeView view = views.of(headers);
        return view.page(OfficeTemplates.password(view, caller.passwordChangeRequired(), done != null, null));
    }

    /** The signed-in reader chooses a new password; one given by an administrator must be replaced before anything else. */
    @POST
    @Path("password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@FormParam("currentPassword") String current, @FormParam("newPassword") String chosen,
                                   @FormParam("repeatPassword") String repeated, @Context HttpHeaders headers,
                                   @Context HttpServerRequest request) {
        OfficeView view = views.of(headers);
        String error;
        if (chosen == null || !chosen.equals(repeated)) {
            error = view.texts().password_mismatch();
        } else {
            try {
                users.changeOwnPassword(current == null ? "" : current, chosen, ClientAddress.of(request));
                return Response.seeOther(URI.create(PASSWORD_PAGE + "?done=1")).build();
            } catch (ProblemException e) {
                if (e.type() == ProblemType.TOO_MANY_REQUESTS) {
                    throw e;
                }
                error = views.explain(e, view);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(view.page(OfficeTemplates.password(view, caller.passwordChangeRequired(), false, error)))
                .build();
    }

    @GET
    @Path("login")
    @PermitAll
    public Response login(@Context HttpHeaders headers, @Context UriInfo uri) {
        if (signsInWithOidc()) {
            return Response.seeOther(URI.create("/office")).build();
        }
        return signInPage(headers, uri, false, Response.Status.OK);
    }

    /** Checks the password (counted by the sign-in throttle) and opens a session kept on the server. */
    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("csrf") String formToken, @CookieParam(SIGN_IN_COOKIE) String cookieToken,
                           @Context HttpHeaders headers, @Context UriInfo uri, @Context HttpServerRequest request) {
        if (signsInWithOidc()) {
            return Response.seeOther(URI.create("/office")).build();
        }
        if (!sameToken(formToken, cookieToken)) {
            throw ProblemException.withDetail(ProblemType.FORBIDDEN, "form-token");
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return signInPage(headers, uri, true, Response.Status.UNAUTHORIZED);
        }
        Account account;
        try {
            account = signIn.verify(username.strip(), password, ClientAddress.of(request));
        } catch (AuthenticationFailedException e) {
            return signInPage(headers, uri, true, Response.Status.UNAUTHORIZED);
        }
        String session = sessions.open(account.username());
        return Response.seeOther(URI.create(account.passwordChangeRequired() ? PASSWORD_PAGE : "/office"))
                .cookie(cookie(OfficeSessionMechanism.COOKIE, session, "/office", -1, uri))
                .cookie(cookie(SIGN_IN_COOKIE, "", "/office/login", 0, uri))
                .build();
    }

    /** Ends the session on the server, not only in this browser. */
    @POST
    @Path("logout")
    @PermitAll
    public Response logout(@CookieParam(OfficeSessionMechanism.COOKIE) String session, @Context UriInfo uri) {
        if (session != null && !session.isEmpty()) {
            sessions.end(session);
        }
        return Response.seeOther(URI.create("/office/login"))
                .cookie(cookie(OfficeSessionMechanism.COOKIE, "", "/office", 0, uri))
                .build();
    }

    /** Switches the pages' language and goes back where the reader was. */
    @GET
    @Path("lang/{code}")
    @PermitAll
    public Response language(@PathParam("code") String code, @QueryParam("back") String back, @Context UriInfo uri) {
        String chosen = "en".equals(code) ? "en" : "fa";
        return Response.seeOther(officePage(back))
                .cookie(new NewCookie.Builder(OfficeLanguage.COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).secure(secure(uri)).build())
                .build();
    }

    /** In OIDC mode there is no sign-in form: the start page sends the browser to the provider. */
    private boolean signsInWithOidc() {
        return config.auth() == ClearwayConfig.Auth.OIDC;
    }

    private Response signInPage(HttpHeaders headers, UriInfo uri, boolean failed, Response.Status status) {
        String token = randomToken();
        OfficeView view = views.signedOut(language.of(headers));
        return Response.status(status)
                .entity(view.page(OfficeTemplates.login(view, failed, token)))
                .cookie(cookie(SIGN_IN_COOKIE, token, "/office/login", -1, uri))
                .build();
    }

    private static NewCookie cookie(String name, String value, String path, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).secure(secure(uri)).build();
    }

    /** Cookies are {@code Secure} whenever the page was served over HTTPS (directly or behind a trusted proxy). */
    private static boolean secure(UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getBaseUri().getScheme());
    }

    private static boolean sameToken(String formToken, String cookieToken) {
        return formToken != null && cookieToken != null && !cookieToken.isEmpty()
                && MessageDigest.isEqual(formToken.getBytes(StandardCharsets.UTF_8), cookieToken.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** Where to go back to: an office page of this site, or the start page for anything else (another site, garbage). */
    private static URI officePage(String back) {
        if (back != null && back.startsWith("/office")) {
            try {
                URI target = new URI(back).normalize();
                if (target.getScheme() == null && target.getRawAuthority() == null && target.getPath().startsWith("/office")) {
                    return target;
                }
            } catch (URISyntaxException e) {
                // not a page of ours: go to the start page
            }
        }
        return URI.create("/office");
    }
}
